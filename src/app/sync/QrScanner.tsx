import { useEffect, useRef, useState } from 'preact/hooks';
import { enrolmentCodeFromScan } from '../../domain/wire/enrolment';
import { useMessages } from '../i18n/locale';
import { createFrameReader } from './qr-reader';

const FRAME_INTERVAL_MS = 250;

/**
 * The camera, looking for the console's QR code until it finds one: the code it holds goes to
 * `onCode` exactly as if it had been typed. Stops the camera when found, cancelled or closed.
 */
export function QrScanner({ onCode, stop }: { onCode: (code: string) => void; stop: () => void }) {
  const t = useMessages();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<'noCamera' | 'notACode' | null>(null);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch {
        return setProblem('noCamera');
      }
      const element = video.current;
      if (ended || element === null) return;
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      const read = await createFrameReader();
      const look = async () => {
        if (ended) return;
        const text = await read(element).catch(() => null);
        const code = text === null ? null : enrolmentCodeFromScan(text);
        if (code !== null) return onCode(code);
        if (text !== null) setProblem('notACode');
        timer = setTimeout(() => void look(), FRAME_INTERVAL_MS);
      };
      void look();
    };
    void start();
    return () => {
      ended = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  return (
    <div class="qr-scanner">
      <p id="scan-hint" class="field-hint">
        {t.sync.scanHint}
      </p>
      <video ref={video} class="qr-video" muted playsInline aria-label={t.sync.scanVideo} />
      <p role="status">{problem === null ? t.sync.scanning : null}</p>
      {problem && (
        <p class="field-error" role="alert">
          {problem === 'noCamera' ? t.sync.scanNoCamera : t.sync.scanNotACode}
        </p>
      )}
      <button type="button" class="button" onClick={stop}>
        {t.sync.scanStop}
      </button>
    </div>
  );
}

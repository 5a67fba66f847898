import { drawQrCode } from '../../domain/qr-code';

/**
 * A QR code drawn as SVG from the encoder's module matrix (no markup from a library is injected):
 * the console's enrolment code and the resident card both use it. Black on white whatever the
 * theme, as scanners expect.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = drawQrCode(text);
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

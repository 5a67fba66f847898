import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { storeEnrolment } from '../../../src/db/enrolment';
import { listGuideProposals } from '../../../src/db/guide-proposals';
import { storeGuide } from '../../../src/db/guides';
import { algemeenNl } from '../../../src/domain/guides/built-in/algemeen.nl';
import type { Guide } from '../../../src/domain/guides/guide';
import { guideRef } from '../../../src/domain/guides/versions';
import { FOLLOW_KEY_PATTERN } from '../../../src/domain/proposals/follow-key';
import { personalDetailsInGuide } from '../../../src/domain/proposals/guide-proposal-text';
import { previewGuideProposal, sendGuideProposal } from '../../../src/flows/propose-guide';
import { syncGuideProposalOutcomes } from '../../../src/sync/guide-proposals';
import { minimalGuide } from '../domain/guides/fixtures';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`guide-proposals-${Math.random()}`);
  await db.open();
  await storeEnrolment(db, {
    deviceToken: 'device-token',
    area: { id: 'gaasperdam', name: 'Gaasperdam' },
    enrolledAt: 0,
  });
});
afterEach(async () => {
  await db.delete();
});

// An invented person, written into her own guide by mistake.
const guide: Guide = {
  ...minimalGuide(),
  description: 'Gemaakt na het gesprek met Esi Owusu, bel 0612345678',
};

/** A server that records what it was sent and answers the decisions it is given. */
function server(decisions: unknown[] = []) {
  const sent: unknown[] = [];
  const asked: unknown[] = [];
  return {
    sent,
    asked,
    access: {
      isOnline: () => true,
      client: {
        baseUrl: 'http://server.invalid',
        fetch: async (url: string | URL | Request, init?: RequestInit) => {
          if (String(url).endsWith('/api/guide-proposals/outcomes')) {
            asked.push(JSON.parse(String(init?.body)));
            return new Response(JSON.stringify({ proposals: decisions }), { status: 200 });
          }
          sent.push(JSON.parse(String(init?.body)));
          return new Response('{"status":"pending"}', { status: 201 });
        },
      },
    },
  };
}

describe('proposing a guide for publication', () => {
  it('never sends an id made from a name: it is made again from the cleaned title', () => {
    const named: Guide = { ...minimalGuide(), id: 'gesprek-met-esi-owusu', title: 'Gesprek met Esi Owusu' };
    expect(personalDetailsInGuide(named).map((found) => found.path)).toContain('guide/id');
    const preview = previewGuideProposal(named);
    expect(preview.guide.id).not.toContain('owusu');
    expect(personalDetailsInGuide(preview.guide)).toEqual([]);
    // The same on a second look, so the request equals what she saw.
    expect(previewGuideProposal(named).guide.id).toBe(preview.guide.id);
  });

  it('sends only the anonymised guide it previewed, then follows the decision', async () => {
    await storeGuide(db, guide);
    const preview = previewGuideProposal(guide);
    expect(preview.changed).toBe(1);
    expect(personalDetailsInGuide(preview.guide)).toEqual([]);
    const fake = server();
    // Nothing leaves for a preview that is not what would be sent now.
    const stale = await sendGuideProposal(db, fake.access, guideRef(guide), guide);
    expect(stale).toEqual({ ok: false, problem: 'changed' });
    expect(fake.sent).toEqual([]);

    const sent = await sendGuideProposal(db, fake.access, guideRef(guide), preview.guide, 5);
    expect(sent.ok).toBe(true);
    expect(JSON.stringify(fake.sent)).not.toContain('Owusu');
    expect(JSON.stringify(fake.sent)).not.toContain('0612345678');
    expect(fake.sent).toEqual([
      {
        id: expect.any(String),
        guide: expect.objectContaining({ id: 'mijn-leidraad' }),
        followKey: expect.stringMatching(FOLLOW_KEY_PATTERN),
      },
    ]);
    expect(await sendGuideProposal(db, fake.access, guideRef(guide), preview.guide)).toEqual({
      ok: false,
      problem: 'already-sent',
    });

    const [proposal] = await listGuideProposals(db);
    const decided = server([
      { id: proposal?.id, status: 'published', guide: { id: 'mijn-leidraad', version: 3 } },
    ]);
    expect(await syncGuideProposalOutcomes(db, decided.access.client)).toBe(1);
    // Asked by id and the key it was sent with: what a device restored from her backup can present.
    expect(decided.asked).toEqual([
      { proposals: [{ id: proposal?.id, followKey: (fake.sent[0] as { followKey: string }).followKey }] },
    ]);
    expect(proposal?.followKey).toBe((fake.sent[0] as { followKey: string }).followKey);
    expect(await listGuideProposals(db)).toEqual([
      expect.objectContaining({ status: 'published', published: { id: 'mijn-leidraad', version: 3 } }),
    ]);
    // A decision is final: a later answer does not turn it around.
    const later = server([{ id: proposal?.id, status: 'rejected', reason: 'Toch niet' }]);
    expect(await syncGuideProposalOutcomes(db, later.access.client)).toBe(0);
  });

  it('refuses a built-in guide and keeps a rejection with its reason', async () => {
    const fake = server();
    const builtIn = await sendGuideProposal(
      db,
      fake.access,
      guideRef(algemeenNl),
      previewGuideProposal(algemeenNl).guide,
    );
    expect(builtIn).toEqual({ ok: false, problem: 'built-in' });
    await storeGuide(db, guide);
    await sendGuideProposal(db, fake.access, guideRef(guide), previewGuideProposal(guide).guide, 5);
    const [proposal] = await listGuideProposals(db);
    await syncGuideProposalOutcomes(
      db,
      server([{ id: proposal?.id, status: 'rejected', reason: 'Lijkt op de algemene' }]).access.client,
    );
    expect(await listGuideProposals(db)).toEqual([
      expect.objectContaining({ status: 'rejected', reason: 'Lijkt op de algemene' }),
    ]);
    expect(fake.sent).toHaveLength(1);
  });
});

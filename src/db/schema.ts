import type Dexie from 'dexie';
import { defaultAreas } from '../domain/areas';
import { moveAreasIntoTheirOwnTable } from './migrations/0002-areas-table';
import { bringConversationFieldsIntoTheClear } from './migrations/0003-conversation-index-fields';

/**
 * The app's schema, oldest first: the versions with an upgrade function (2 and 3), version 1 that
 * they build on, and the newest. A version with an upgrade function is never removed or edited,
 * since a device in the field may still hold the version before it. Index only what identifies
 * nobody (ids, status, dates, areas); note text, quotes and names stay inside sealed payloads.
 */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    settings: 'key',
    conversations: 'id, areaId, status, guideId, date, updatedAt',
    notes: 'id, conversationId, updatedAt',
    outbox: 'id, nextAttemptAt, conversationId',
    keyring: 'id',
  });

  db.version(2).stores({ areas: 'id, order' }).upgrade(moveAreasIntoTheirOwnTable);

  db.version(3)
    .stores({
      conversations: 'id, areaId, status, guideId, date, updatedAt, residentProfile, *valueKeys, *themeIds',
      revisions: 'id, conversationId',
      guides: '[id+language+version], id',
      searchTexts: 'conversationId',
    })
    .upgrade(bringConversationFieldsIntoTheClear);

  // Versions 4 to 13 only added tables, so they are declared once, as version 13 (there never was a
  // 12). Dexie needs a version declared only while it has an upgrade function: a device on 4 to 11
  // goes straight to 13, Dexie comparing the tables it finds with these and adding what is missing.
  // Each version carries the tables of the versions above it, so this lists only those new since 3.
  // Twelve declarations made declaring the schema a long task on a phone (Dexie re-reads every
  // version at each one). tests/unit/db/schema-versions.test.ts opens each old version with this.
  db.version(13).stores({
    // What the interviewer decided about each conversation's summary, and what the server has (4).
    sharing: 'conversationId, &summaryId',
    // The values circle: the last aggregates fetched per area and period, and the team's agenda (5).
    circleReports: 'id',
    agendas: 'id',
    // Coach review: what this device shared with a coach (and the feedback that came back), and the
    // reviews a coach opened here. Only ids and dates in the clear; keys and texts are sealed (6).
    shares: 'shareId, conversationId, expiresAt',
    coachReviews: 'id, openedAt',
    // Consent withdrawn after a summary was sent: the summary id waits here until the server forgot it (7).
    withdrawals: 'summaryId, nextAttemptAt',
    // Ids of conversations erased because consent was withdrawn: a restore must never bring them back (8).
    erased: 'conversationId',
    // Credentials that unlock the data key by fingerprint, face or security key: the key wrapped,
    // never the secret (9).
    authenticators: 'credentialId, createdAt',
    // Shares for review of a conversation whose resident withdrew consent: each id waits here until
    // the server deleted the share, so the coach's copy is withdrawn too (10).
    shareWithdrawals: 'shareId, nextAttemptAt',
    // Themes the interviewer proposed that the codebook lacks: status, the theme they became and the
    // conversations tagged in the clear (the sync follows decisions while the notes are locked, and
    // erasing a conversation untags it), the label sealed (11).
    proposals: 'id, status, createdAt, *conversationIds',
    // Guides proposed for publication: which version of her own guide, and what became of it. No
    // resident text (a guide is the interviewer's own), so nothing here is sealed (13).
    guideProposals: 'id, status, [guideId+language+version]',
  });

  // A brand-new database skips the upgrades above, so it is seeded here instead.
  // Waiting for a first answer from the new table puts the seeding in a task of its own, apart from
  // creating every table (on a phone each is a long task).
  db.on('populate', async (tx) => {
    await tx.table('areas').count();
    await tx.table('areas').bulkAdd(defaultAreas());
  });
}

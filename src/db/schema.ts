import type Dexie from 'dexie';
import { defaultAreas } from '../domain/areas';
import { moveAreasIntoTheirOwnTable } from './migrations/0002-areas-table';
import { bringConversationFieldsIntoTheClear } from './migrations/0003-conversation-index-fields';

/**
 * Every schema version the app ever shipped, oldest first. Versions are only ever added, never
 * edited: a device in the field may still hold any of them. Index only what identifies nobody
 * (ids, status, dates, areas); note text, quotes and names stay inside sealed payloads.
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

  // What the interviewer decided about each conversation's summary, and what the server has.
  db.version(4).stores({ sharing: 'conversationId, &summaryId' });

  // The values circle: the last aggregates fetched per area and period, and the team's agenda.
  db.version(5).stores({ circleReports: 'id', agendas: 'id' });

  // Coach review: what this device shared with a coach (and the feedback that came back), and the
  // reviews a coach opened here. Only ids and dates in the clear; keys and texts are sealed.
  db.version(6).stores({ shares: 'shareId, conversationId, expiresAt', coachReviews: 'id, openedAt' });

  // Consent withdrawn after a summary was sent: the summary id waits here until the server forgot it.
  db.version(7).stores({ withdrawals: 'summaryId, nextAttemptAt' });

  // Ids of conversations erased because consent was withdrawn: a restore must never bring them back.
  db.version(8).stores({ erased: 'conversationId' });

  // Credentials that unlock the data key by fingerprint, face or security key: the key wrapped, never the secret.
  db.version(9).stores({ authenticators: 'credentialId, createdAt' });

  // Shares for review of a conversation whose resident withdrew consent: each id waits here until
  // the server deleted the share, so the coach's copy is withdrawn too.
  db.version(10).stores({ shareWithdrawals: 'shareId, nextAttemptAt' });

  // Themes the interviewer proposed that the codebook lacks: status, the theme they became and the
  // conversations tagged in the clear (the sync follows decisions while the notes are locked, and
  // erasing a conversation untags it), the label sealed.
  db.version(11).stores({ proposals: 'id, status, createdAt, *conversationIds' });

  // Guides proposed for publication: which version of her own guide, and what became of it. No
  // resident text (a guide is the interviewer's own), so nothing here is sealed. A new table only:
  // it asks nothing of the versions between 11 and this one.
  db.version(13).stores({ guideProposals: 'id, status, [guideId+language+version]' });

  // A brand-new database skips the upgrades above, so it is seeded here instead.
  db.on('populate', (tx) => tx.table('areas').bulkAdd(defaultAreas()));
}

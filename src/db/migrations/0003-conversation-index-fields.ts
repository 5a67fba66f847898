import type { Transaction } from 'dexie';

/**
 * Version 3 keeps the fields an anonymised summary carries anyway (profile, consent, value and
 * theme tags) in the clear so lists and filters need no decryption. No app version before 3
 * could hold conversations, but a record written by hand or a test still gets safe defaults.
 */
export async function bringConversationFieldsIntoTheClear(tx: Transaction): Promise<void> {
  await tx
    .table('conversations')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      record.residentProfile ??= 'anders';
      record.guideLanguage ??= 'nl';
      record.consent ??= null;
      record.valueTags ??= [];
      record.valueKeys ??= [];
      record.themeIds ??= [];
    });
}

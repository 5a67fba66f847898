import { describe, expect, it } from 'vitest';
import { completeConversation, recordConsent, startConversation } from '../../../src/domain/conversation';
import { markSent, proposalText } from '../../../src/domain/proposals/proposal-text';
import {
  draftProposal,
  proposalLabelProblem,
  themeOfferedFor,
  toggleProposalOn,
  withOutcome,
} from '../../../src/domain/proposals/theme-proposal';
import { encodeSummary } from '../../../src/domain/sharing/encode';

// Invented people only.
const LABEL = 'Zorgen om  Esi Owusu en de post';

describe('the life cycle of a theme proposal', () => {
  it('starts as a draft on the device, tagged on the conversation it was noted in', () => {
    const proposal = draftProposal('p1', `  ${LABEL} `, 10, 'c1');
    expect(proposal).toEqual({
      id: 'p1',
      label: 'Zorgen om Esi Owusu en de post',
      conversationIds: ['c1'],
      status: 'draft',
      createdAt: 10,
    });
    expect(toggleProposalOn(toggleProposalOn(proposal, 'c2'), 'c1').conversationIds).toEqual(['c2']);
  });

  it('refuses an empty or overlong label', () => {
    expect(proposalLabelProblem('   ')).toBe('empty');
    expect(proposalLabelProblem('x'.repeat(61))).toBe('too-long');
    expect(proposalLabelProblem('Buurthuis dicht')).toBeNull();
  });

  it('sends only the anonymised text, the same the preview shows', () => {
    const proposal = draftProposal('p1', LABEL, 10);
    const preview = proposalText(proposal);
    expect(preview).not.toContain('Esi');
    expect(preview).not.toContain('Owusu');
    expect(preview).toContain('[naam]');
    const sent = markSent(proposal, 20);
    expect(sent).toMatchObject({ status: 'sent', sentText: preview, sentAt: 20 });
    // Sending twice changes nothing.
    expect(markSent(sent, 30)).toBe(sent);
  });

  it('follows the decision once, and offers the new theme to tagged conversations without tagging them', () => {
    const sent = markSent(draftProposal('p1', 'Buurthuis dicht', 10, 'c1'), 20);
    expect(withOutcome(draftProposal('p2', 'x', 1), { status: 'accepted', themeId: 'x' }).status).toBe(
      'draft',
    );
    expect(withOutcome(sent, { status: 'sent' })).toBe(sent);
    const accepted = withOutcome(sent, { status: 'accepted', themeId: 'buurthuis-dicht' });
    expect(accepted).toMatchObject({ status: 'accepted', themeId: 'buurthuis-dicht' });
    // A decision is final: a later answer does not undo it.
    expect(withOutcome(accepted, { status: 'rejected' })).toBe(accepted);
    expect(themeOfferedFor(accepted, ['wonen'])).toBe('buurthuis-dicht');
    expect(themeOfferedFor(accepted, ['buurthuis-dicht'])).toBeNull();
    expect(themeOfferedFor(withOutcome(sent, { status: 'rejected' }), [])).toBeNull();
    const mapped = withOutcome(sent, { status: 'mapped', themeId: 'wonen' });
    expect(themeOfferedFor(mapped, [])).toBe('wonen');
  });
});

describe('the summary encoder and proposals', () => {
  it('never carries a proposal: neither its id nor its label', () => {
    const proposal = draftProposal('0190f3a2-6b1c-7d4e-8f00-123456789abc', 'Buurthuis dicht', 10, 'c1');
    const conversation = completeConversation(
      recordConsent(
        startConversation(
          {
            areaId: 'gaasperdam',
            guideId: 'algemeen',
            guideVersion: 1,
            guideLanguage: 'nl',
            date: '2026-05-14',
            residentProfile: 'oudere',
          },
          'c1',
          0,
        ),
        { notes: true, themesAndValues: true, quotes: true },
        1,
      ),
      2,
    );
    const summary = JSON.stringify(encodeSummary({ ...conversation, themeIds: ['wonen'] }, 'c1-summary', []));
    expect(summary).not.toContain(proposal.id);
    expect(summary).not.toContain('Buurthuis');
    expect(summary).not.toContain('buurthuis');
  });
});

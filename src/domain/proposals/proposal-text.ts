import { anonymise } from '../anonymiser';
import { normaliseThemeLabel } from '../themes';
import type { ThemeProposal } from './theme-proposal';

// Apart from ./theme-proposal.ts because it runs the anonymiser: storing proposals and syncing their
// outcomes at start then loads without the anonymiser's word lists, which take long to set up on a phone.

/**
 * The text that may leave the device: the label after the anonymiser, exactly as the preview shows
 * it. The same function builds the preview and the request, so what is sent is what she saw.
 */
export function proposalText(proposal: Pick<ThemeProposal, 'label'>): string {
  return anonymise(normaliseThemeLabel(proposal.label)).text;
}

export function markSent(proposal: ThemeProposal, now: number): ThemeProposal {
  if (proposal.status !== 'draft') return proposal;
  return { ...proposal, status: 'sent', sentText: proposalText(proposal), sentAt: now };
}

import type { nlGuideProposals } from '../nl/guide-proposals';

export const enGuideProposals: typeof nlGuideProposals = {
  heading: 'Propose for publication',
  intro:
    "Only guides the area team publishes count in the summaries. Propose this version to your area's administrators. You first see exactly what will be sent.",
  review: 'See what will be sent',
  previewHeading: 'This is what will be sent, after the anonymiser:',
  changed: (n) =>
    n === 0
      ? 'The anonymiser found nothing to remove.'
      : n === 1
        ? 'The anonymiser changed 1 text. Check that it still reads right.'
        : `The anonymiser changed ${n} texts. Check that they still read right.`,
  probes: 'Probes:',
  hint: 'Tip:',
  send: 'Send',
  cancel: 'Cancel',
  done: 'Sent. You will see here what the administrators decide, after the next sync.',
  sent: (date) => `Proposed on ${date}. Waiting for the administrators to decide.`,
  published: 'Published. New conversations can use this guide.',
  publishedAs: (id, version) =>
    `Published as ${id}, version ${version}. New conversations use that published version.`,
  rejected: (reason) => `Rejected. The administrators' reason: ${reason}`,
  proposeAgain: 'You can change the guide (which makes a new version) or propose it again.',
  problems: {
    'not-enrolled': 'This device is not enrolled in an area yet. Enrol it first under Sync.',
    offline: 'You are offline. Nothing was sent. Try again when you have a connection.',
    'server-unreachable': 'The server cannot be reached. Nothing was sent. Try again later.',
    'personal-details':
      'The server still found personal details in the guide. Nothing was stored. Change the guide and try again.',
    busy: 'The server is busy. Nothing was sent. Try again in a moment.',
    refused: 'The server refused the proposal. Nothing was stored.',
    missing: 'This version is no longer on this device.',
    'built-in': 'A built-in guide belongs to the organisation already.',
    changed: 'The guide changed since you looked. Look at it again before sending.',
    'already-sent': 'This version has been proposed already.',
  },
};

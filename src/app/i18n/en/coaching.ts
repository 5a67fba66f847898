import type { CoachingMessages } from '../nl/coaching';

/** English texts of coaching over time: same shape as nl/coaching.ts, checked by the type. */
export const enCoaching: CoachingMessages = {
  pseudonym: {
    heading: 'Coaching',
    label: 'Your name for the coach (pseudonym)',
    hint: 'This is what the coach calls you, so she can follow your conversation technique over time. Do not use your full name: a first name or a nickname will do. You may leave it empty.',
    saved: 'Saved.',
    inCopy: (name: string) => `The coach sees you as: ${name}`,
    noneInCopy: 'The coach sees no name of yours.',
    trendLink: 'My progress: feedback per quarter',
    change: 'Choose or change your pseudonym in Settings',
  },
  /** What a coach who opens a review needs to know before anything is asked of her. */
  landing: {
    heading: 'You are opening a conversation to review',
    steps: [
      'An interviewer shares the notes of a conversation with you, without names and encrypted: as a link, as a code she reads out, or as a file with a password. Only you can read them.',
      'First you choose a passphrase for this device: it keeps the review protected here.',
      'Then you open the review. A link does that by itself; a code you type under Open a review; a file you choose there, with the password you were given separately.',
      'You read the conversation and write your feedback: on a note, on the conversation technique, and a tip.',
      'The feedback goes back the way the review came: for a link or code through the server (which cannot read it), for a file as a file with the same password.',
    ],
  },
  shown: (name: string) => `Interviewer: ${name}`,
  trend: {
    title: 'My progress',
    intro:
      'For each point of conversation technique: did the coach answer "yes" more often this quarter than last quarter? Made from the feedback on this device; it goes nowhere.',
    caption: (current: string, previous: string) => `Coach feedback: ${current} compared with ${previous}`,
    item: 'Point',
    thisQuarter: 'This quarter',
    lastQuarter: 'Last quarter',
    yesOf: (yes: number, answered: number) => (answered === 0 ? '–' : `${yes} of ${answered} yes`),
    words: {
      'more-often': 'yes more often than last quarter',
      'as-often': 'yes as often as last quarter',
      'less-often': 'yes less often than last quarter',
      'too-few': 'not enough reviews yet',
    },
    sentence: (item: string, word: string) => `${item}: ${word}`,
    none: 'You have not received feedback from a coach yet.',
    quarter: (year: number, quarter: number) => `Q${quarter} ${year}`,
  },
  account: {
    heading: 'Your overview across all your devices',
    intro:
      'With a coach account you see your reviews from all your devices together. You do not need one: without an account everything works as it does now. Only when, the interviewer’s pseudonym, whether it was a practice conversation and your answers on conversation technique are recorded; never notes, comments or anything about a resident.',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in as coach',
    signingIn: 'Signing in…',
    signInOrganisation: 'Sign in through your organisation',
    organisationHint: 'You then come back here, signed in as coach.',
    organisationRefused:
      'Signing in through your organisation did not work. Try again, or ask the administrator whether your account has the coach role.',
    adopt: 'I have signed in through my organisation',
    signedIn: (name: string) => `Signed in as coach: ${name}.`,
    signOut: 'Sign out as coach',
    signOutHint: 'Reviews not recorded yet will then not be recorded.',
    signOutEverywhere: 'Sign out everywhere',
    signOutEverywhereHint:
      'Ends all your sessions, on other devices and in administration too. Do this when you have lost a device. Reviews still waiting here go once you sign in here again.',
    signedOutEverywhere: 'You are signed out everywhere, this device included.',
    signOutEverywhereFailed:
      'Signing out everywhere did not work, for instance for lack of a connection. You are still signed in. Try again later.',
    waiting: (n: number) =>
      n === 1
        ? '1 review is waiting to be recorded. That happens as soon as you are online.'
        : `${n} reviews are waiting to be recorded. That happens as soon as you are online.`,
    waitingSignIn: (n: number) =>
      n === 1
        ? '1 review is waiting to be recorded. Sign in again to do so.'
        : `${n} reviews are waiting to be recorded. Sign in again to do so.`,
    problems: {
      'wrong-credentials': 'Wrong username or password.',
      'not-coach': 'This account is not a coach account. Ask the administrator for the coach role.',
      'signed-out': 'You were signed out (unused for too long). Sign in again.',
      forbidden: 'This account may not do this.',
      busy: 'Too many attempts in a short time. Try again in a minute.',
      offline: 'No internet. The overview across your devices comes when you are online.',
      'server-unreachable': 'The server cannot be reached. Try again later.',
      'server-error': 'The server gave an error. Try again later.',
      'no-session': 'No sign-in through your organisation was found yet.',
    },
  },
  recorded: {
    recorded: 'Recorded in your overview as coach.',
    waiting: 'Not recorded in your overview yet: that happens as soon as you are online.',
    signInAgain: 'Not recorded in your overview yet: sign in again as coach (My reviews).',
  },
  overview: {
    heading: 'Per interviewer, per quarter',
    intro:
      'Your answers on conversation technique, per pseudonym the interviewer chose. From every review you sent with this account.',
    caption: (name: string) => `Conversation technique of ${name}`,
    noPseudonym: 'without pseudonym',
    item: 'Point',
    cell: (yes: number, partly: number, no: number) => [`yes ${yes},`, `partly ${partly},`, `no ${no}`],
    reviews: 'Reviews',
    practice: (n: number) => (n === 1 ? '1 practice conversation' : `${n} practice conversations`),
    empty: 'No reviews have been recorded with this account yet.',
    loading: 'Fetching the overview…',
    localHeading: 'On this device',
  },
};

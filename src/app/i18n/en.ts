import type { Messages } from './nl';

/** English: same shape as the Dutch catalogue, checked by the type. */
export const en: Messages = {
  app: {
    name: 'Buurtgesprek',
    skipToContent: 'Skip to content',
    loading: 'Loading Buurtgesprek…',
  },
  nav: {
    label: 'Main menu',
    conversations: 'Conversations',
    guides: 'Guides',
    valuesCircle: 'Values circle',
    sync: 'Sync',
    settings: 'Settings',
  },
  navBreakable: {
    conversations: 'Conver\u00ADsations',
    guides: 'Guides',
    valuesCircle: 'Values circle',
    sync: 'Sync',
    settings: 'Settings',
  },
  connection: {
    offline: 'No internet. Everything you do is kept on this device.',
  },
  update: {
    available: 'New version available',
    reload: 'reload',
    offlineReady: 'Buurtgesprek now also works without internet.',
    dismiss: 'Close',
  },
  saving: {
    quota:
      'Saving failed: this device is full. What you typed is still on screen. Free up some space; Buurtgesprek keeps trying.',
    unavailable:
      'This browser does not let Buurtgesprek save anything, for example in a private window. What you type is kept only while this tab stays open. Open Buurtgesprek in a normal window or install the app.',
    blocked:
      'Another tab with Buurtgesprek is holding on to the storage. Close the other tabs; what you typed is saved then.',
    newerVersion:
      'A newer version of Buurtgesprek has already been used on this device. Reload the page to continue.',
    unknown: 'Saving failed. What you typed is still in memory. Buurtgesprek tries again.',
    unsaved: (count: number) => (count === 1 ? '1 change not saved yet.' : `${count} changes not saved yet.`),
    retry: 'Try again',
  },
  lock: {
    setUpHeading: 'Choose a passphrase',
    setUpIntro:
      'Conversation notes are kept encrypted on this device. Only your passphrase can open them. That protects residents if you lose this device.',
    forgetWarning:
      'Please note: if you forget the passphrase, the notes on this device are gone for good. Nobody can recover them, not even the municipality.',
    passphrase: 'Passphrase',
    passphraseHint: (min: number) =>
      `At least ${min} characters. A sentence of a few words is strong and easy to remember.`,
    repeat: 'Repeat the passphrase',
    setUp: 'Set passphrase',
    settingUp: 'Setting up…',
    unlockHeading: 'Unlock notes',
    unlockIntro: 'Enter your passphrase to open the conversations on this device.',
    unlock: 'Unlock',
    unlocking: 'Unlocking…',
    wrong: 'This passphrase is not right. Please try again.',
    tooShort: (min: number) => `The passphrase is too short: use at least ${min} characters.`,
    mismatch: 'The two passphrases are not the same.',
    sameAsOld: 'The new passphrase is the same as the old one.',
    lockNow: 'Lock',
    locked: 'The notes are locked.',
    storageMissing: 'Without storage on this device no notes can be kept.',
  },
  conversations: {
    title: 'Conversations',
    intro:
      'Hold conversations with residents here, also without internet. Notes stay encrypted on this device.',
    comingNext:
      'Coming in the next version: starting a conversation with a guide, recording consent, taking notes and tagging values and themes.',
  },
  guides: {
    title: 'Guides',
    intro:
      'A guide helps you through an appreciative conversation: discover what works, dream of what could be better, design what would help and agree on a first step.',
    comingNext: 'Coming in the next version: viewing, copying, editing, exporting and importing guides.',
  },
  valuesCircle: {
    title: 'Values circle',
    intro:
      'Every year residents, professionals and policy makers talk, value by value, about what residents experience and what they miss. We share these six values.',
    valuesHeading: 'The six values',
    comingNext:
      'Coming in a later version: per value how often residents experience or miss it, the themes around it, questions for the circle and a handout.',
  },
  values: {
    autonomie: {
      name: 'Autonomy',
      description: 'Being able to run your own daily life and make your own choices.',
    },
    betrokkenheid: {
      name: 'Involvement',
      description: 'Feeling seen, and that others, professionals included, care and stay involved.',
    },
    compassie: {
      name: 'Compassion',
      description: 'Being met with understanding and warmth for your situation.',
    },
    gelijkwaardigheid: {
      name: 'Equality',
      description: 'Being treated as an equal: what you know counts as much as what a professional knows.',
    },
    solidariteit: {
      name: 'Solidarity',
      description: 'People supporting each other: neighbours, volunteers, carers.',
    },
    zelfbeschikking: {
      name: 'Self-determination',
      description: 'Deciding yourself about what concerns your life, such as the help you get.',
    },
  },
  sync: {
    title: 'Sync',
    intro:
      'Only anonymised themes, value tallies and quotes the resident agreed to ever leave this device. Notes never do.',
    serverHeading: 'Server',
    checking: 'Checking the connection…',
    reachable: (version: string) => `Server reachable (version ${version}).`,
    databaseOk: 'The server’s database works.',
    databaseError:
      'The server works, but its database reports an error. Your data stays safe on this device.',
    unreachable: 'The server cannot be reached right now. Your data stays safe on this device.',
    offline: 'No internet. Buurtgesprek sends nothing until there is a connection again.',
    checkAgain: 'Check again',
    comingNext: 'Coming in a later version: enrolling this device in an area and sending summaries.',
  },
  settings: {
    title: 'Settings',
    language: {
      heading: 'Language',
      label: 'Language of the app',
      nl: 'Nederlands',
      en: 'English',
    },
    storage: {
      heading: 'Storage on this device',
      persisted: 'Kept permanently. The browser will not simply erase your data.',
      bestEffort:
        'Not kept permanently. The browser may erase your data when it needs space, or when you have not used the app for a long time. Install the app to prevent that.',
      unknown: 'This browser does not say whether your data is kept permanently. Install the app to be safe.',
      usage: (used: string, quota: string) => `${used} used of ${quota} available.`,
      usageUnknown: 'This browser does not show how much space there is.',
      askAgain: 'Ask again for permanent storage',
    },
    install: {
      heading: 'Install the app',
      why: 'Installed, Buurtgesprek works like a normal app, also without internet, and your data is kept more safely.',
      button: 'Install',
      installed: 'Buurtgesprek is installed on this device.',
      iosHeading: 'On an iPhone or iPad (Safari)',
      iosSteps: [
        'Tap the Share button at the bottom (the square with the arrow pointing up).',
        'Choose ‘Add to Home Screen’.',
        'Tap ‘Add’.',
      ],
      otherHeading: 'In another browser',
      otherSteps: 'Open the browser menu and choose ‘Install app’ or ‘Add to home screen’.',
    },
    areas: {
      heading: 'Areas',
      intro: 'You choose the area of a conversation from this list.',
      newLabel: 'New area',
      add: 'Add',
      remove: (name: string) => `Remove ${name}`,
      moveUp: (name: string) => `Move ${name} up`,
      moveDown: (name: string) => `Move ${name} down`,
      empty: 'Enter a name.',
      tooLong: (max: number) => `A name is at most ${max} characters.`,
      duplicate: 'This area is already in the list.',
      lastOne: 'At least one area must remain.',
      added: (name: string) => `${name} added.`,
      removed: (name: string) => `${name} removed.`,
    },
    security: {
      heading: 'Security',
      autoLock: 'Lock automatically after',
      minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
      changeHeading: 'Change passphrase',
      current: 'Current passphrase',
      next: 'New passphrase',
      repeat: 'Repeat the new passphrase',
      change: 'Change',
      changed: 'The passphrase has been changed.',
      noPassphrase: 'No passphrase has been set yet. You do that under Conversations.',
    },
    about: {
      heading: 'About this app',
      version: (version: string) => `Version ${version}`,
    },
  },
};

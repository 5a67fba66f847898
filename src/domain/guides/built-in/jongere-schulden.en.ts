import type { Guide } from '../guide';

// Same prompt ids as jongere-schulden.nl.ts: answers to one prompt are read together across languages.
export const jongereSchuldenEn: Guide = {
  id: 'jongere-schulden',
  version: 1,
  title: 'Conversation with a young person with debt-counselling experience',
  language: 'en',
  residentProfile: 'jongere',
  description:
    'For a conversation with a young person who has had or gets help with money worries or debt. It is about how they experienced the help, not about the debt itself.',
  builtIn: true,
  sections: [
    {
      phase: 'opening',
      title: 'Getting started',
      intro:
        'Many young people with debt are used to checks and forms. Keep the talk as ordinary as you can: in a place they choose, with no papers on the table.',
      prompts: [
        {
          id: 'opening-kennismaken',
          question:
            'I am … and I work for the municipality. I would like to hear from you how you are and how you experienced the help. It is about your story. I am not here to check anything. What you say has no effect on your debt help or benefits. What would you like to know from me first?',
          probes: ['Is it OK if we keep this informal?', 'Is this a good time? It takes about an hour.'],
          hint: 'Say clearly that the talk is separate from the debt-counselling process. Many young people fear that what they say will be used against them.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'opening-aantekeningen',
          question:
            'I will write a few things down, on this device. It stays here, kept safe. I do not write down your name. You can always look at what I write. Is that OK?',
          probes: ['Do you want to see what I just wrote?', 'Is there anything I should not write down?'],
          hint: 'Record consent before you write anything. Write no amounts, creditors or names. A coach only reads along if the young person says yes to that.',
          values: ['zelfbeschikking'],
        },
        {
          id: 'opening-samenvatting',
          question:
            'After our talk I make a short summary without your name. It says what we talked about and what matters to you. It goes to the team working on better help in this neighbourhood. Is that OK? And may I sometimes use a sentence of yours word for word, also without your name? You can say no. You can also change your mind later.',
          probes: [
            'Are there things you do not want to talk about?',
            'Want to stop or take a break? Just say so.',
          ],
          hint: 'Record each choice on its own: summary and word-for-word sentences. Accept a no without asking why.',
          values: ['zelfbeschikking', 'autonomie'],
        },
      ],
    },
    {
      phase: 'discover',
      title: 'Discover: what works',
      intro:
        'Do not start with the debt; start with the young person. Do not ask how the debt came about. If they tell you themselves, listen without judging and go back to what helped.',
      prompts: [
        {
          id: 'discover-wat-gaat-goed',
          question: 'What is going well for you right now?',
          probes: ['What are you good at?', 'What are you proud of?'],
          hint: 'Small things count too: being on time, keeping a job, looking after a younger brother.',
          values: ['autonomie'],
        },
        {
          id: 'discover-goed-moment',
          question:
            'Think of a moment when someone really helped you well, with money or with something else. What happened?',
          probes: [
            'What did that person do exactly?',
            'How could you tell they took you seriously?',
            'What made it different from other times?',
          ],
          hint: 'Ask about one real moment. Let the whole story be told. Write striking sentences down word for word, as a quote.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'compassie'],
        },
        {
          id: 'discover-energie',
          question: 'What gives you energy?',
          probes: ['What do you like doing?', 'When do you feel strong?'],
          hint: 'Silence is fine. Do not fill in answers for them.',
          values: ['autonomie'],
        },
        {
          id: 'discover-wie-helpt',
          question: 'Who has your back? Who can you go to?',
          probes: [
            'Think of family, friends, a coach, school, work or sport.',
            'Who do you tell when something goes wrong?',
          ],
          hint: 'Write no names, only the role: an aunt, a trainer, a friend.',
          values: ['solidariteit', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'dream',
      title: 'Dream: how it could be',
      intro:
        'Now the young person may think big. There is no right or wrong answer. Do not say what is or is not possible.',
      prompts: [
        {
          id: 'dream-toekomst',
          question:
            'Imagine that in a few years you have no money worries any more. What does your life look like?',
          probes: [
            'What do you do then: school, work, something else?',
            'Where do you live, and with whom?',
            'What is the first thing you notice?',
          ],
          hint: 'Use their words. Do not start working out whether it is realistic.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'dream-hulp-die-past',
          question: 'What does help look like that really fits young people like you?',
          probes: [
            'How does a counsellor talk to you then?',
            'How do you have a say in your money and your plan?',
            'How quickly do you hear back?',
          ],
          hint: 'Do they start on what went wrong? Listen, then ask: how should it have gone?',
          values: ['gelijkwaardigheid', 'zelfbeschikking', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'design',
      title: 'Design: what is needed',
      intro:
        'From the dream to what is needed. This is about what was and is needed, not about what went wrong.',
      prompts: [
        {
          id: 'design-eerder-helpen',
          question: 'What could have helped you earlier, before things got hard?',
          probes: [
            'When would you have wanted help?',
            'Who could have seen it or said something?',
            'What would you have liked to know then?',
          ],
          hint: 'Do not judge choices made back then. You are looking for what can help the next young person.',
          values: ['betrokkenheid', 'autonomie'],
        },
        {
          id: 'design-wie-kan-wat',
          question: 'Who could help you further now? And what can you do yourself?',
          probes: ['What could a friend, relative or coach do?', 'What would you rather sort out yourself?'],
          hint: 'Let the young person share out the roles. You do not have to solve it.',
          values: ['solidariteit', 'zelfbeschikking'],
        },
        {
          id: 'design-gemeente-anders',
          question:
            'What could the municipality and counsellors do differently for young people with money worries?',
          probes: [
            'Think of letters, appointments, rules or how people talk to you.',
            'What should they keep doing?',
            'What really has to change?',
          ],
          hint: 'You may hear criticism here. Listen and say thank you. Do not defend and do not explain rules. Note what stood in the way as an obstacle.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'compassie'],
        },
      ],
    },
    {
      phase: 'deliver',
      title: 'Deliver: a first step',
      intro:
        'End with something small and concrete. The young person chooses. Only promise what you are sure you can do.',
      prompts: [
        {
          id: 'deliver-eerste-stap',
          question: 'What is a small first step you want to take yourself?',
          probes: ['When will you do it?', 'Who can help you with it?'],
          hint: 'Give no advice unless they ask for it. A step people choose themselves lasts longer.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'deliver-afspraak',
          question: 'Do you want me to find something out or pass something on for you? What do we agree?',
          probes: ['When will you hear from me again?', 'How should I get in touch: call, text or email?'],
          hint: 'Note the agreement under follow-up, without a name or phone number. Really come back to it: young people drop out when promises are not kept.',
          values: ['betrokkenheid'],
        },
      ],
    },
    {
      phase: 'closing',
      title: 'Closing',
      intro: 'Look back together, thank the young person and say honestly what happens with their story.',
      prompts: [
        {
          id: 'closing-terugblik',
          question: 'Let me say briefly what I heard. Is that right?',
          probes: ['What am I missing?', 'What was the most important part of this talk for you?'],
          hint: 'Sum up in their words, not in professional jargon. Change what is not right.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'closing-wat-gebeurt-er',
          question:
            'Your story joins the stories of other residents from the neighbourhood, without your name. Once a year, residents, care workers and the municipality talk about them together. We call this a values circle. You are welcome there too. May the sentences I wrote down word for word go along? I will read them out to you.',
          probes: [
            'Do you want to hear what is done with the stories?',
            'Do you want to change anything in those sentences?',
          ],
          hint: 'Promise no outcomes. Read out each quote and ask again whether it may go along.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'solidariteit'],
        },
        {
          id: 'closing-bedanken',
          question: 'Thanks a lot for your time and your story. How was this conversation for you?',
          probes: ['Is there anything else you want to say that we did not talk about?'],
          hint: 'Tell the young person they can still withdraw their consent later, and how.',
          values: ['betrokkenheid'],
        },
      ],
    },
  ],
};

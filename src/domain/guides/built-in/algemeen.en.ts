import type { Guide } from '../guide';
import { SUMMARY_CONSENT_PROMPT } from './consent-prompts.en';

// Same prompt ids as algemeen.nl.ts: answers to one prompt are read together across languages.
export const algemeenEn: Guide = {
  id: 'algemeen',
  version: 1,
  title: 'Conversation with a resident',
  language: 'en',
  residentProfile: 'algemeen',
  description:
    'A conversation of about an hour with a resident who receives help or support. It is about what the resident lives through, not about policy.',
  builtIn: true,
  sections: [
    {
      phase: 'opening',
      title: 'Getting started',
      intro: 'Take time for a calm start. People who know what happens to their words tell more.',
      prompts: [
        {
          id: 'opening-kennismaken',
          question:
            'My name is … and I work for the municipality. I would like to hear how you are and what you go through. It is about your experience. It is not a check. It changes nothing about the help you get. What would you like to know from me first?',
          probes: [
            'Is this a good time? The conversation takes about an hour.',
            'Would you like someone to be with you?',
          ],
          hint: 'Say clearly that the conversation is voluntary and separate from benefits, care or applications. Then the resident can speak freely.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'opening-aantekeningen',
          question:
            'During our talk I will write a few things down, on this device. The notes stay here, kept safe. I do not write down your name or address. You can always look at what I write. Is it all right if I take notes?',
          probes: ['Would you like to see what I just wrote?', 'Is there anything I should not write down?'],
          hint: 'Record consent in the app before you write anything. A no is fine too: then you only listen. Write no names, not even of other people. A coach only reads along if the resident says yes to that.',
          values: ['zelfbeschikking'],
        },
        SUMMARY_CONSENT_PROMPT,
      ],
    },
    {
      phase: 'discover',
      title: 'Discover: what works',
      intro:
        'Start with what goes well. Talking about your own strength is easier than talking about problems. Stay with what the resident lived through, not with rules or policy.',
      prompts: [
        {
          id: 'discover-wat-gaat-goed',
          question: 'What is going well in your life right now?',
          probes: ['What are you proud of?', 'What do you do yourself to keep it that way?'],
          hint: 'Small things count too. Ask more about what the resident does themselves.',
          values: ['autonomie'],
        },
        {
          id: 'discover-goed-moment',
          question: 'Think of a moment when help or support felt really good. Would you tell me about it?',
          probes: [
            'What happened exactly?',
            'What did that person do that made it feel good?',
            'What does that say about what matters to you?',
          ],
          hint: 'Ask about one real moment, not about help in general. Let the whole story be told. Write striking sentences down word for word, as a quote.',
          values: ['betrokkenheid', 'compassie', 'gelijkwaardigheid'],
        },
        {
          id: 'discover-energie',
          question: 'What gives you energy?',
          probes: ['When do you feel at your best?', 'What do you like doing?'],
          hint: 'Silence is fine. Give the resident time to think and do not fill in answers.',
          values: ['autonomie'],
        },
        {
          id: 'discover-wie-helpt',
          question: 'Who matters to you? Who helps you when things are hard?',
          probes: [
            'Do you also think of neighbours, family, friends, a church, mosque or club?',
            'And who do you matter to?',
          ],
          hint: 'Write no names, only the role: a neighbour, a sister, a volunteer.',
          values: ['solidariteit', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'dream',
      title: 'Dream: how it could be',
      intro:
        'Now the resident looks ahead. There is no right or wrong answer. Do not say what is or is not possible.',
      prompts: [
        {
          id: 'dream-goede-dag',
          question:
            'Imagine it is a year from now and things are going well for you. What does an ordinary day look like?',
          probes: ['What do you do then?', 'Who is around you?', 'What is different from now?'],
          hint: 'Use the resident’s words. Do not fill in what you think matters.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'dream-hulp-die-past',
          question: 'What does help look like that really fits you?',
          probes: [
            'How are you treated then?',
            'Who decides about your help then?',
            'How can you tell that someone really listens to you?',
          ],
          hint: 'Does the resident start on what is wrong? Listen, then ask: how should it be instead?',
          values: ['gelijkwaardigheid', 'zelfbeschikking', 'compassie', 'betrokkenheid'],
        },
        {
          id: 'dream-buurt',
          question: 'What do you wish for your neighbourhood?',
          probes: [
            'What could neighbours do for each other?',
            'What would you like to take part in yourself?',
          ],
          values: ['solidariteit'],
        },
      ],
    },
    {
      phase: 'design',
      title: 'Design: what is needed',
      intro:
        'From the dream to what is needed. Ask what the resident can do, what others can do and what the municipality could do differently.',
      prompts: [
        {
          id: 'design-wat-helpt',
          question: 'What would help you get one step closer to that good day?',
          probes: ['What has helped you before?', 'What would you need for it?'],
          hint: 'You do not have to solve it. Keep asking until it is concrete.',
          values: ['autonomie'],
        },
        {
          id: 'design-wie-kan-wat',
          question: 'Who could help you with that? And what can you do yourself?',
          probes: ['What could a neighbour, relative or volunteer do?', 'What would you rather do yourself?'],
          hint: 'Let the resident share out the roles.',
          values: ['solidariteit', 'zelfbeschikking'],
        },
        {
          id: 'design-gemeente-anders',
          question: 'What could the municipality and care workers do differently?',
          probes: [
            'What should they keep doing?',
            'What should they stop doing?',
            'What would you have needed at that moment?',
          ],
          hint: 'You may hear criticism here. Listen and say thank you. Do not defend and do not explain rules. Note what stands in the way as an obstacle.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'compassie'],
        },
      ],
    },
    {
      phase: 'deliver',
      title: 'Deliver: a first step',
      intro:
        'End with something small and concrete. The resident chooses. Only promise what you are sure you can do.',
      prompts: [
        {
          id: 'deliver-eerste-stap',
          question: 'What is a small first step you want to take yourself?',
          probes: ['When would you like to do it?', 'Who or what can help you with it?'],
          hint: 'Give no advice unless the resident asks for it. A step people choose themselves lasts longer.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'deliver-afspraak',
          question: 'Would you like me to find something out or pass something on for you? What do we agree?',
          probes: ['When will you hear from me again?', 'How would you like me to get in touch?'],
          hint: 'Note the agreement under follow-up, without a name or phone number. Really come back to it: that is how trust grows.',
          values: ['betrokkenheid'],
        },
      ],
    },
    {
      phase: 'closing',
      title: 'Closing',
      intro: 'Look back together, thank the resident and say honestly what happens with their story.',
      prompts: [
        {
          id: 'closing-terugblik',
          question: 'Let me say briefly what I heard. Is that right?',
          probes: ['What am I missing?', 'What was the most important part of this talk for you?'],
          hint: 'Sum up in the resident’s words, not in professional jargon. Change what is not right.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'closing-wat-gebeurt-er',
          question:
            'Your story joins the stories of other residents from the neighbourhood, without your name. Once a year, residents, care workers and the municipality talk about them together. We call this a values circle. You are welcome there too. May the sentences I wrote down word for word go along? I will read them out to you.',
          probes: [
            'Would you like to hear what is done with the stories?',
            'Would you like to change anything in those sentences?',
          ],
          hint: 'Promise no outcomes. Read out each quote and ask again whether it may go along. Tell the resident where to find the date of the values circle.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'solidariteit'],
        },
        {
          id: 'closing-bedanken',
          question: 'Thank you very much for your time and your story. How was this conversation for you?',
          probes: ['Is there anything else you want to say that we did not talk about?'],
          hint: 'Tell the resident they can still withdraw their consent later, and how.',
          values: ['betrokkenheid'],
        },
      ],
    },
  ],
};

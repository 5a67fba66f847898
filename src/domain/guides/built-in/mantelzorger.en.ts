import type { Guide } from '../guide';
import { SUMMARY_CONSENT_PROMPT } from './consent-prompts.en';

// Same prompt ids as mantelzorger.nl.ts: answers to one prompt are read together across languages.
export const mantelzorgerEn: Guide = {
  id: 'mantelzorger',
  version: 1,
  title: 'Conversation with an informal carer',
  language: 'en',
  residentProfile: 'mantelzorger',
  description:
    'For a conversation with someone who cares for a person close to them: a partner, parent, child, neighbour or friend. It is about the carer themselves, not only about the care.',
  builtIn: true,
  sections: [
    {
      phase: 'opening',
      title: 'Getting started',
      intro:
        'Carers have little time. Agree a time that suits them, and say the talk can be shorter if the care calls.',
      prompts: [
        {
          id: 'opening-kennismaken',
          question:
            'My name is … and I work for the municipality. I would like to hear what it is like to care for someone. It is about your experience. It is not a check. It changes nothing about the help you or the person you care for get. What would you like to know from me first?',
          probes: [
            'Is this a good time? The conversation takes about an hour.',
            'Do we need to keep the care in mind, for example a fixed time?',
          ],
          hint: 'Say clearly that the conversation is voluntary and separate from care, assessments or applications.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'opening-aantekeningen',
          question:
            'During our talk I will write a few things down, on this device. The notes stay here, kept safe. I do not write down your name, nor the name of the person you care for. You can always look at what I write. Is it all right if I take notes?',
          probes: ['Would you like to see what I just wrote?', 'Is there anything I should not write down?'],
          hint: 'Record consent before you write anything. Also write nothing that makes the person cared for recognisable, such as a rare illness together with a street name. A coach only reads along if the resident says yes to that.',
          values: ['zelfbeschikking'],
        },
        SUMMARY_CONSENT_PROMPT,
      ],
    },
    {
      phase: 'discover',
      title: 'Discover: what works',
      intro:
        'Carers mostly hear how hard it is. Start with what works, and with the carer as a person, not only as someone who gives care.',
      prompts: [
        {
          id: 'discover-wat-gaat-goed',
          question: 'What goes well in the care for the person close to you?',
          probes: ['What are you proud of?', 'What have you learned since you started caring?'],
          hint: 'Ask more about what the carer does and knows. That knowledge is worth a lot.',
          values: ['autonomie', 'compassie'],
        },
        {
          id: 'discover-goed-moment',
          question: 'Think of a moment when you really felt supported as a carer. What happened then?',
          probes: [
            'Who was there?',
            'What did that person do exactly?',
            'How could you tell you were being listened to?',
          ],
          hint: 'Ask about one real moment. It may be about a neighbour or a colleague, not only about professionals. Write striking sentences down word for word, as a quote.',
          values: ['betrokkenheid', 'compassie', 'gelijkwaardigheid'],
        },
        {
          id: 'discover-energie',
          question: 'When do you have time for yourself? What gives you energy then?',
          probes: [
            'What do you like doing when the care is not needed for a while?',
            'What helps you keep going?',
          ],
          hint: 'Many carers are not used to talking about themselves. Give them room and allow silences.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'discover-wie-helpt',
          question: 'Who shares the care with you? And who supports you?',
          probes: [
            'Do you also think of family, neighbours, volunteers or other carers?',
            'Who can you ask when you cannot manage for a while?',
          ],
          hint: 'Write no names, only the role: a daughter, a neighbour, a volunteer.',
          values: ['solidariteit', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'dream',
      title: 'Dream: how it could be',
      intro:
        'Now the carer looks ahead. There is no right or wrong answer. Do not say what is or is not possible.',
      prompts: [
        {
          id: 'dream-goede-week',
          question: 'Imagine the care is well arranged. What does your week look like then?',
          probes: [
            'What do you do for yourself again?',
            'How is the person you care for doing then?',
            'What is different from now?',
          ],
          hint: 'Use the carer’s words. Do not fill in what you think matters.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'dream-gezien-worden',
          question: 'Imagine that professionals really see you as a carer. What do they do or say then?',
          probes: [
            'How do they deal with what you know about the person you care for?',
            'How can you tell they also think of you?',
          ],
          hint: 'Carers often know the person they care for best. Ask about when that knowledge did or did not count.',
          values: ['gelijkwaardigheid', 'betrokkenheid', 'compassie'],
        },
        {
          id: 'dream-omgeving',
          question: 'What would you like from the people around you, such as family or neighbours?',
          probes: ['What could they do without you having to ask?'],
          values: ['solidariteit'],
        },
      ],
    },
    {
      phase: 'design',
      title: 'Design: what is needed',
      intro: 'From the dream to what is needed. Ask what would help, not which scheme fits.',
      prompts: [
        {
          id: 'design-wat-helpt',
          question: 'What help would make the care lighter for you?',
          probes: [
            'What would give you a day or a weekend off?',
            'What information would you have liked to have sooner?',
          ],
          hint: 'Explaining schemes can wait until after the talk. Now it is about what the carer needs.',
          values: ['autonomie', 'solidariteit'],
        },
        {
          id: 'design-wie-kan-wat',
          question: 'Who could take over part of the care? And what do you want to keep doing yourself?',
          probes: ['What makes it hard to ask for help?', 'What would make it easier?'],
          hint: 'Some carers do not want to hand over care. Respect that and ask what is possible.',
          values: ['solidariteit', 'zelfbeschikking'],
        },
        {
          id: 'design-gemeente-anders',
          question: 'What could the municipality and care providers do differently for carers?',
          probes: [
            'What works well now and should stay?',
            'What do you keep running into?',
            'What would you have needed when it was hard?',
          ],
          hint: 'You may hear criticism here. Listen and say thank you. Do not defend and do not explain rules. Note what stands in the way as an obstacle.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'compassie'],
        },
      ],
    },
    {
      phase: 'deliver',
      title: 'Deliver: a first step',
      intro: 'End with something small and concrete, preferably also something for the carer themselves.',
      prompts: [
        {
          id: 'deliver-eerste-stap',
          question: 'What is a small step you want to take for yourself this month?',
          probes: [
            'When would you like to do it?',
            'Who could care for the person close to you for a while then?',
          ],
          hint: 'The carer chooses. Give no advice unless asked.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'deliver-afspraak',
          question: 'Would you like me to find something out or pass something on for you? What do we agree?',
          probes: ['When will you hear from me again?', 'How and when is it best to reach you?'],
          hint: 'Only promise what you are sure you can do. Note the agreement under follow-up, without a name or phone number.',
          values: ['betrokkenheid'],
        },
      ],
    },
    {
      phase: 'closing',
      title: 'Closing',
      intro: 'Look back together, thank the carer and say honestly what happens with their story.',
      prompts: [
        {
          id: 'closing-terugblik',
          question: 'Let me say briefly what I heard. Is that right?',
          probes: ['What am I missing?', 'What was the most important part of this talk for you?'],
          hint: 'Sum up in the carer’s words, not in professional jargon. Change what is not right.',
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
          hint: 'Promise no outcomes. Read out each quote and ask again whether it may go along.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'solidariteit'],
        },
        {
          id: 'closing-bedanken',
          question:
            'Thank you very much for your time. I know it is precious. How was this conversation for you?',
          probes: ['Is there anything else you want to say that we did not talk about?'],
          hint: 'Tell the carer they can still withdraw their consent later, and how.',
          values: ['betrokkenheid', 'compassie'],
        },
      ],
    },
  ],
};

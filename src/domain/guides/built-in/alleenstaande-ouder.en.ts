import type { Guide } from '../guide';
import { SUMMARY_CONSENT_PROMPT } from './consent-prompts.en';

// Same prompt ids as alleenstaande-ouder.nl.ts: answers to one prompt are read together across languages.
export const alleenstaandeOuderEn: Guide = {
  id: 'alleenstaande-ouder',
  version: 1,
  title: 'Conversation with a single parent',
  language: 'en',
  residentProfile: 'alleenstaande-ouder',
  description:
    'For a conversation with a parent who cares for one or more children on their own. It is about what the parent lives through, not about judging their parenting.',
  builtIn: true,
  sections: [
    {
      phase: 'opening',
      title: 'Getting started',
      intro:
        'Parents easily feel judged by the municipality. Show from the start that you come to learn, not to check.',
      prompts: [
        {
          id: 'opening-kennismaken',
          question:
            'My name is … and I work for the municipality. I would like to hear what it is like to raise your children on your own. It is about your experience. It is not a check. It changes nothing about the help you or your children get. What would you like to know from me first?',
          probes: [
            'How would you like me to address you?',
            'Is this a good time? The conversation takes about an hour.',
          ],
          hint: 'Is a child present? Ask whether the talk works like this, or whether another time would be better. Say clearly that the talk is separate from youth care, benefits or allowances.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'opening-aantekeningen',
          question:
            'During our talk I will write a few things down, on this device. The notes stay here, kept safe. I do not write down your name, nor your children’s names. You can always look at what I write. Is it all right if I take notes?',
          probes: ['Would you like to see what I just wrote?', 'Is there anything I should not write down?'],
          hint: 'Record consent before you write anything. Write no names, ages or schools of children: they make a family easy to recognise. A coach only reads along if the parent says yes to that.',
          values: ['zelfbeschikking'],
        },
        SUMMARY_CONSENT_PROMPT,
      ],
    },
    {
      phase: 'discover',
      title: 'Discover: what works',
      intro:
        'Start with what goes well in the family and with the parent themselves. Stay with what the parent lived through, not with rules or policy.',
      prompts: [
        {
          id: 'discover-wat-gaat-goed',
          question: 'What goes well in your family?',
          probes: ['What are you proud of, as a parent?', 'What do you do yourself that makes it work?'],
          hint: 'Small things count too: eating together, a good school report, a calm evening.',
          values: ['autonomie'],
        },
        {
          id: 'discover-goed-moment',
          question: 'Think of a moment when you really felt supported as a parent. What happened then?',
          probes: ['Who was there?', 'What did that person do exactly?', 'What made it feel good?'],
          hint: 'It can be a small moment: a teacher who called, a neighbour who babysat. Write striking sentences down word for word, as a quote.',
          values: ['betrokkenheid', 'compassie', 'gelijkwaardigheid'],
        },
        {
          id: 'discover-energie',
          question: 'What gives you energy, besides caring for your children?',
          probes: [
            'When do you have time for yourself?',
            'What do you like doing together with your children?',
          ],
          hint: 'Many parents forget themselves. Make room to talk about the parent as a person too.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'discover-wie-helpt',
          question: 'Who helps you? Who can you turn to when things are hard?',
          probes: [
            'Do you also think of family, neighbours, other parents, school or childcare?',
            'Who can babysit when you need to go somewhere?',
          ],
          hint: 'Do not ask about the other parent unless the parent brings it up. Write no names, only the role.',
          values: ['solidariteit', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'dream',
      title: 'Dream: how it could be',
      intro:
        'Now the parent looks ahead. There is no right or wrong answer. Do not say what is or is not possible.',
      prompts: [
        {
          id: 'dream-goede-week',
          question:
            'Imagine it is a year from now and things are going well for you and your children. What does an ordinary week look like?',
          probes: [
            'What do you do for yourself then: work, a course, something else?',
            'Who is around you?',
            'What is different from now?',
          ],
          hint: 'Use the parent’s words. Do not fill in what you think matters.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'dream-hulp-die-past',
          question: 'What does help look like that fits you and your family?',
          probes: ['How are you treated as a parent then?', 'Who decides what your family needs then?'],
          hint: 'Show that you take the parent’s knowledge of their own child seriously.',
          values: ['gelijkwaardigheid', 'zelfbeschikking', 'compassie'],
        },
        {
          id: 'dream-omgeving',
          question: 'What would you like from the people around you?',
          probes: ['What could parents in the neighbourhood do for each other?'],
          values: ['solidariteit'],
        },
      ],
    },
    {
      phase: 'design',
      title: 'Design: what is needed',
      intro:
        'From the dream to what is needed. Ask what the parent can do, what others can do and what the municipality could do differently.',
      prompts: [
        {
          id: 'design-wat-helpt',
          question: 'What would make daily life easier for you?',
          probes: [
            'Do you think of childcare, money, housing, work or time for yourself?',
            'What has helped you before?',
          ],
          hint: 'You do not have to solve it. Keep asking until it is concrete.',
          values: ['autonomie'],
        },
        {
          id: 'design-wie-kan-wat',
          question: 'Who could help you with that? And what do you want to do yourself?',
          probes: ['What could other parents do for each other?', 'What would you rather do yourself?'],
          hint: 'Let the parent share out the roles.',
          values: ['solidariteit', 'zelfbeschikking'],
        },
        {
          id: 'design-gemeente-anders',
          question:
            'What could the municipality, schools and care workers do differently for single parents?',
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
      intro:
        'End with something small and concrete. The parent chooses. Only promise what you are sure you can do.',
      prompts: [
        {
          id: 'deliver-eerste-stap',
          question: 'What is a small first step you want to take yourself?',
          probes: ['When would you like to do it?', 'Who or what can help you with it?'],
          hint: 'Give no advice unless the parent asks for it. A step people choose themselves lasts longer.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'deliver-afspraak',
          question: 'Would you like me to find something out or pass something on for you? What do we agree?',
          probes: ['When will you hear from me again?', 'What time of day suits you best?'],
          hint: 'Keep school and childcare times in mind. Note the agreement under follow-up, without a name or phone number.',
          values: ['betrokkenheid'],
        },
      ],
    },
    {
      phase: 'closing',
      title: 'Closing',
      intro: 'Look back together, thank the parent and say honestly what happens with their story.',
      prompts: [
        {
          id: 'closing-terugblik',
          question: 'Let me say briefly what I heard. Is that right?',
          probes: ['What am I missing?', 'What was the most important part of this talk for you?'],
          hint: 'Sum up in the parent’s words, not in professional jargon. Change what is not right.',
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
          question: 'Thank you very much for your time and your story. How was this conversation for you?',
          probes: ['Is there anything else you want to say that we did not talk about?'],
          hint: 'Tell the parent they can still withdraw their consent later, and how.',
          values: ['betrokkenheid'],
        },
      ],
    },
  ],
};

import type { Messages } from '../nl';

export const guides: Messages['guides'] = {
  title: 'Guides',
  intro:
    'A guide helps you through an appreciative conversation: discover what works, dream of what could be better, design what would help and agree on a first step.',
  comingNext: 'Coming in the next version: viewing, copying, editing, exporting and importing guides.',
};

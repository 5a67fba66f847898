/** A plain note about what a later version adds to this screen: honest, not a fake feature. */
export function ComingNext({ text }: { text: string }) {
  return <p class="coming-next">{text}</p>;
}

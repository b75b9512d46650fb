/** One line that says what the picture is, before anything is selected. */
export function GraphIntro({ text }: { text: string }) {
  return <p className="graph-intro">{text}</p>;
}

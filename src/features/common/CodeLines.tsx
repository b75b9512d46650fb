/** Technical lines (errors, warnings naming a path) as a list of code, each as the model worded it. */
export function CodeLines({ lines, className }: { lines: readonly string[]; className?: string }) {
  return (
    <ul className={className}>
      {lines.map((line, i) => (
        <li key={i}>
          <code>{line}</code>
        </li>
      ))}
    </ul>
  );
}

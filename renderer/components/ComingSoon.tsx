interface ComingSoonProps {
  title: string;
  what: string;
}

/** Placeholder for a ceremony whose screen has not landed yet. */
export function ComingSoon({ title, what }: ComingSoonProps) {
  return (
    <section className="screen" aria-labelledby="coming-soon-title">
      <h2 id="coming-soon-title">{title}</h2>
      <p className="empty">Coming soon: {what}</p>
    </section>
  );
}

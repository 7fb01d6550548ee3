/** A small line of a series (oldest first), for the eye only: the numbers are given in text beside it. */
export function Sparkline(props: { values: (number | undefined)[]; width?: number; height?: number }) {
  const width = () => props.width ?? 120;
  const height = () => props.height ?? 28;
  const points = () => {
    const known = props.values.filter((v): v is number => v !== undefined);
    if (known.length < 2) return '';
    const min = Math.min(...known);
    const span = Math.max(...known) - min || 1;
    const stepX = width() / Math.max(1, props.values.length - 1);
    return props.values
      .map((v, i) => (v === undefined ? undefined : `${(i * stepX).toFixed(1)},${(height() - 2 - ((v - min) / span) * (height() - 4)).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
  };
  return (
    <svg width={width()} height={height()} viewBox={`0 0 ${width()} ${height()}`} aria-hidden="true">
      <polyline points={points()} fill="none" style={{ stroke: 'var(--color-primary)' }} stroke-width="1.5" />
    </svg>
  );
}

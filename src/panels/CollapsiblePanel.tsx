/** A panel over the map whose body a toggle button opens and closes (a disclosure). */
import { useId, type ReactNode } from 'react';

export function CollapsiblePanel({ className, title, open, onToggle, children, after }: {
  className: string;
  title: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ReactNode;
  /** Shown below the body whether it is open or not (e.g. the legend). */
  after?: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`${className}${open ? ' open' : ''}`} aria-labelledby={`${id}-title`}>
      <button type="button" className="layer-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => { onToggle(!open); }}>
        <span id={`${id}-title`}>{title}</span>
      </button>
      <div id={`${id}-body`} hidden={!open} className="layer-body">
        {children}
      </div>
      {after}
    </section>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';
import { focusElement } from './focus';

/** A titled block of a screen; `actions` sit at the right of the title. */
export function Card({
  title,
  children,
  actions,
  id,
  focusTitle = false,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  id?: string;
  /** A wizard's step: its title takes focus when the step appears. */
  focusTitle?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) focusElement(heading.current);
  }, [focusTitle]);
  return (
    <section className="card" aria-labelledby={id ? `${id}-title` : undefined} id={id}>
      <div className="card-header">
        <h2
          id={id ? `${id}-title` : undefined}
          ref={heading}
          tabIndex={focusTitle ? -1 : undefined}
        >
          {title}
        </h2>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

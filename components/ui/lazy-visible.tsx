'use client';

import { useEffect, useRef, useState } from 'react';

/** Renders its children only once they scroll near the viewport; the placeholder keeps the height reserved. */
export function LazyVisible({ height, children, label }: { height: number; children: React.ReactNode; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [isVisible, setIsVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setIsVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} style={{ minHeight: height }}>
      {isVisible ? children : <div aria-label={label} role="img" className="h-full animate-pulse rounded bg-surface-sunken" style={{ height }} />}
    </div>
  );
}

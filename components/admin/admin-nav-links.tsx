'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string): boolean {
  if (href === '/admin') return pathname === '/admin' || pathname.startsWith('/admin/apps');
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminNavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            <Link href={item.href} aria-current={current ? 'page' : undefined} className={current ? 'font-semibold text-ink underline' : undefined}>
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

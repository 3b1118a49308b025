import { Button, Group } from '@mantine/core';
import { NavLink, useLocation } from 'react-router';

export interface SpaceSection {
  path: string;
  label: string;
  /** Only this exact path marks the section current (for a space's index). */
  exact?: boolean;
  /** Pages under another prefix that belong to this section (a catalogue's product pages). */
  also?: string;
}

/** A space's sections as links (aria-current marks the one open), not tabs: each is a page of its own. */
export function SpaceNav({ label, sections }: { label: string; sections: SpaceSection[] }) {
  const location = useLocation();
  const isCurrent = (section: SpaceSection) =>
    (section.exact ? location.pathname === section.path : location.pathname.startsWith(section.path)) ||
    (!!section.also && location.pathname.startsWith(section.also));
  return (
    <nav aria-label={label}>
      <Group gap={4} mb="md" pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {sections.map((section) => (
          <Button
            key={section.path}
            component={NavLink}
            to={section.path}
            end={section.exact}
            aria-current={isCurrent(section) ? 'page' : undefined}
            variant={isCurrent(section) ? 'light' : 'subtle'}
            size="sm"
          >
            {section.label}
          </Button>
        ))}
      </Group>
    </nav>
  );
}

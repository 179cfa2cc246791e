// Mantine's Anchor and Button as type-safe router links (TanStack Router's createLink).
import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorProps & React.AnchorHTMLAttributes<HTMLAnchorElement>>((props, ref) => (
  <Anchor ref={ref} {...props} />
));

export const AnchorLink = createLink(MantineAnchor);

const MantineButtonAnchor = forwardRef<HTMLAnchorElement, ButtonProps & React.AnchorHTMLAttributes<HTMLAnchorElement>>((props, ref) => (
  <Button ref={ref} component="a" {...props} />
));

/** A button that goes somewhere (a real link: it opens in a new tab, it is read as a link). */
export const ButtonLink = createLink(MantineButtonAnchor);

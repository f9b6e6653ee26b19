import type { ReactNode, Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { Link } from 'wouter';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';
interface Look {
  variant?: Variant | undefined;
  block?: boolean | undefined;
  big?: boolean | undefined;
}

const look = ({ variant = 'secondary', block, big }: Look) => ({
  className: 'btn',
  'data-variant': variant,
  ...(block ? { 'data-block': '' } : {}),
  ...(big ? { 'data-big': '' } : {}),
});

export function Button({
  variant,
  block,
  big,
  ref,
  ...props
}: AriaButtonProps & Look & { ref?: Ref<HTMLButtonElement> }) {
  return <AriaButton {...props} ref={ref} {...look({ variant, block, big })} />;
}

export function LinkButton({
  variant,
  block,
  big,
  href,
  children,
}: Look & { href: string; children: ReactNode }) {
  return (
    <Link href={href} {...look({ variant, block, big })}>
      {children}
    </Link>
  );
}

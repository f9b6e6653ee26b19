export { Button, LinkButton } from './Button.tsx';
export { Chips } from './Chips.tsx';
export { Confirm } from './Confirm.tsx';
export { formatDateTime, formatDay, formatMinutes } from './format.ts';
export { lazyPage } from './lazyPage.ts';
export { Page } from './Page.tsx';
export { Range } from './Range.tsx';
export { Scale } from './Scale.tsx';
export { TextArea } from './TextArea.tsx';

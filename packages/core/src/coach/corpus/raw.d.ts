/** Tests read the corpus through Vite's `?raw` import (core code has no file system). */
declare module '*.jsonl?raw' {
  const text: string;
  export default text;
}

// The explorer's formulas for the default network, rendered at build time by
// app/formulas/build/vite-plugin-tex.ts: HTML by texKey(request).
declare module 'virtual:tex-catalog' {
  const catalog: Readonly<Record<string, string>>;
  export default catalog;
}

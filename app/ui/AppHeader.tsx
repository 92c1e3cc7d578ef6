/** The bar at the top of every full page: the name, and where you are. */
export function AppHeader() {
  return (
    <header className="app-header print-hidden">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <a className="brand" href="./">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>Backprop Lab</span>
      </a>
      <nav aria-label="Views">
        <a href="?view=sheet" aria-current="page">
          Worked example
        </a>
      </nav>
    </header>
  );
}

extension HTMLExporter {
  /// The page's only style sheet, inline because the page loads nothing
  /// (its Content-Security-Policy forbids it). On paper the sections flow
  /// on from one another (no forced page breaks, so no sheet is left
  /// nearly empty), short lists sit side by side, colours give way to black
  /// on white, and a goal, a row or a list item is never split across a
  /// page; a heading never ends one.
  static let styleSheet = """
    :root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #d5dbe5;
      --accent: #2f5d8a; --soft: #f3f6fa; --warn: #9a4b00; --ok: #2e6b3a; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #e9edf2; color: var(--ink);
      font: 16px/1.5 "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, serif; }
    main { max-width: 50rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff;
      border-radius: 6px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12); }
    header { border-bottom: 3px solid var(--accent); margin-bottom: 1.5rem; }
    h1 { font-size: 2rem; margin: 0 0 0.25rem; color: var(--accent); }
    h1, h2, h3, th, .meta, .mark { font-family: "Helvetica Neue", Arial, sans-serif; }
    h2 { font-size: 1.3rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.2rem;
      border-bottom: 1px solid var(--line); color: var(--accent); }
    h3 { font-size: 1.05rem; margin: 1.4rem 0 0.5rem; }
    .meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.8rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; margin: 0; }
    dt { font-weight: bold; }
    dd { margin: 0; }
    dl.notes { display: block; }
    dl.notes dt { margin-top: 0.6rem; }
    dl.notes dd { margin-left: 1.2rem; }
    table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 0.8rem; font-size: 0.95rem; }
    th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem;
      border-bottom: 1px solid var(--line); }
    thead th, thead td { background: var(--soft); font-size: 0.85rem; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    tr.total td, tr.total th { font-weight: bold; border-top: 2px solid var(--ink); }
    table.smart th[scope=row] { width: 8.5rem; }
    table.smart td.mark { width: 7.5rem; white-space: nowrap; font-size: 0.85rem; }
    .met { color: var(--ok); }
    .missing, .warn { color: var(--warn); }
    .unknown, .empty { color: var(--muted); }
    .goal { border-left: 4px solid var(--line); padding: 0.1rem 0 0.1rem 1rem; margin: 1rem 0; }
    .warn { font-weight: bold; }
    blockquote { margin: 0.5rem 0; padding: 0.6rem 1rem; background: var(--soft);
      border-left: 4px solid var(--accent); font-style: italic; }
    ul.checklist { list-style: none; padding-left: 0.2rem; }
    ul.checklist li { margin: 0.25rem 0; padding-left: 1.6rem; text-indent: -1.6rem; }
    .box { display: inline-block; width: 1.6rem; text-indent: 0; }
    time { font-variant-numeric: tabular-nums; font-weight: bold; }
    .context, .key { color: var(--muted); font-size: 0.9rem; }
    .key { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.8rem; }
    .lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
      gap: 0 1.5rem; }
    .lists h3 { margin-top: 1rem; }
    .lists ul { margin: 0; padding-left: 1.2rem; }
    ul.small { font-size: 0.85rem; color: var(--muted); }
    table.timeline td.day { width: 7.5rem; white-space: nowrap; }
    table.timeline td.kind { width: 7rem; color: var(--muted); font-size: 0.85rem; }
    @page { margin: 14mm 15mm; }
    @media print {
      body { background: none; color: #000; font-size: 10.5pt; line-height: 1.4; }
      main { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
      * { color: #000 !important; background: none !important; }
      h2 { margin: 1.3rem 0 0.5rem; }
      h3 { margin: 0.9rem 0 0.4rem; }
      th, td { padding: 0.2rem 0.5rem; }
      ul { margin: 0.3rem 0; }
      .goal { margin: 0.6rem 0; }
      h2, h3 { break-after: avoid; }
      .goal, tr, li, blockquote, dd { break-inside: avoid; }
      dt { break-after: avoid; }
      header, h2, tr.total td, tr.total th { border-color: #000; }
    }
    """
}

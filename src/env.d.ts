declare namespace App {
  interface Locals {
    /** The table of contents of the guide page being rendered (set by GuideLayout). */
    guideToc?: { items: import('./lib/tableOfContents').TocItem[] };
  }
}

interface ImportMetaEnv {
  /** Set at build time by src/integrations/drafts.ts. */
  readonly INCLUDE_DRAFTS: boolean;
}

declare namespace App {
  interface Locals {
    /** Glossary terms rendered so far on the page being built: gives each tooltip a unique id. */
    termCount?: number;
  }
}

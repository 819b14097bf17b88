interface ImportMetaEnv {
  /** Set at build time by src/integrations/drafts.ts. */
  readonly INCLUDE_DRAFTS: boolean;
}

/**
 * `/admin/config.yml`: Decap CMS's configuration, generated from the content
 * contract's schemas (src/lib/cms.ts). CMS_REPO and CMS_BRANCH name the
 * repository it commits to; CMS_LOCAL_BACKEND the decap-server it edits a
 * local clone through.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../lib/cms.ts';

export const GET: APIRoute = () => {
  const config = cmsConfig({
    repo: process.env.CMS_REPO ?? 'vn-la-reform/site',
    branch: process.env.CMS_BRANCH ?? 'main',
    contentFolder: 'content',
    localBackendUrl: process.env.CMS_LOCAL_BACKEND,
  });
  return new Response(stringify(config), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};

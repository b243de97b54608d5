import type { APIRoute } from 'astro';
import { loadExplainer } from '../../lib/content/explainer';
import { namesWithCounts } from '../../lib/search/names-data';

/** The glossary's names, aliases and definitions, which the search dialog loads once the reader shows intent. */
export const GET: APIRoute = async () => Response.json(namesWithCounts((await loadExplainer()).glossary));

import type { APIRoute } from 'astro';
import { loadExplainer } from '../../lib/content/explainer';
import { searchNames } from '../../lib/search/names';

/** The glossary's names, aliases and definitions, which the search dialog loads once the reader shows intent. */
export const GET: APIRoute = async () => Response.json(searchNames((await loadExplainer()).glossary.entries));

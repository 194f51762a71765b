// The words of the risk scales (1–5) and of a score's band.

export const PROBABILITY = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
export const IMPACT = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'];
export const RAG_WORDS = { green: 'low', amber: 'medium', red: 'high' } as const;

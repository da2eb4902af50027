/** Which view the page shows: the playground, or one of the presentation views (app/mode.ts reads it from the URL). */
export type AppMode = 'playground' | 'present' | 'presenter' | 'embed' | 'wall' | 'follow'

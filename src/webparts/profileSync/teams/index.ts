// Running as a Teams tab or personal app: Teams' themes and links opened through Teams.
export { followTeams } from './followTeams';
export type { TeamsApp, TeamsHost } from './followTeams';
export { teamsTheme } from './teamsThemes';
export type { TeamsThemeName } from './teamsThemes';

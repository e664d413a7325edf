export {
  DemoResponsiblePerson,
  DemoUnit,
  DemoUser,
  HUZHOU_CITY_ID,
  HUZHOU_DEMO_USERS,
  HUZHOU_PEOPLE_FROM,
  HUZHOU_RESPONSIBLE_PEOPLE,
  HUZHOU_UNITS,
  huzhouOrgTree,
  huzhouSeedCommands,
  OrgUnitSeedCommand,
} from './huzhou';

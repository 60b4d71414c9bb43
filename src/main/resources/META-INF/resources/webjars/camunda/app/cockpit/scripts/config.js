// Cockpit's configuration: Camunda's app/cockpit/scripts/config.js, which this file replaces on the classpath
// (docs/architecture.md, "Tasklist and Cockpit as offices see them").
export default {
  // ES modules, relative to app/cockpit/, whose default export is a list of plugins: the header's link to the
  // offices' pages.
  customScripts: ['scripts/ipp-plugins']
};

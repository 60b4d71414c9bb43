// Tasklist's configuration: Camunda's app/tasklist/scripts/config.js, which this file replaces on the classpath
// (docs/architecture.md, "Tasklist and Cockpit as offices see them").
export default {
  // ES modules, relative to app/tasklist/, whose default export is a list of plugins: the header's link to the
  // offices' pages.
  customScripts: ['scripts/ipp-plugins'],
  // The product's AngularJS module (scripts/ipp-tasklist.js), loaded the documented way for AngularJS modules:
  // due dates as the last day to meet them in China Standard Time, the task list sorted by due date, refusals
  // from the server next to the fields they name, the app switcher only for a signed-in user.
  requireJsConfig: {
    ngDeps: ['ipp.tasklist'],
    deps: ['ipp-tasklist'],
    paths: {
      'ipp-tasklist': 'scripts/ipp-tasklist'
    }
  },
  // Camunda's own keyboard shortcuts, as its default configuration has them.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};

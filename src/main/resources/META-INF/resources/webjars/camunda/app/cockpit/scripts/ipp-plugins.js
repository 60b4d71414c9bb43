// Cockpit plugins of the product (loaded by customScripts in config.js): a link in the header to the offices'
// pages, which are served beside the webapps under the same login.
export default [
  {
    id: 'ipp.holders-link',
    pluginPoint: 'cockpit.navigation',
    priority: 1,
    render: (node) => {
      node.innerHTML = '<a href="/offices/holders" class="ipp-holders-link">Holders</a>';
    }
  }
];

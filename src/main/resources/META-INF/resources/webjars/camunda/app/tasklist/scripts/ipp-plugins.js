// Tasklist plugins of the product (loaded by customScripts in config.js): a link in the header to the offices'
// pages, which are served beside the webapps under the same login.
export default [
  {
    id: 'ipp.holders-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 300,
    render: (node) => {
      node.innerHTML = '<a href="/offices/holders" class="ipp-holders-link">'
        + '<span class="glyphicon glyphicon-list-alt"></span> Holders</a>';
    }
  }
];

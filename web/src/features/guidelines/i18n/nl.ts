export default { nav: 'Huisregels' };

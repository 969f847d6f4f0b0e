export default { nav: 'Moderering' };

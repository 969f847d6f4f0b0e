export default { nav: 'Publicering' };

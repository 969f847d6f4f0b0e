export default { nav: 'Publiceren' };

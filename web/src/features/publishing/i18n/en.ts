export default { nav: 'Publishing' };

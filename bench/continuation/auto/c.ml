parnames = {1: 'I', 11: 'PERIOD'}
unames = {1: 'V', 2: 'w'}
NDIM = 2, IPS = 1, IRS = 0, ILP = 1
ICP = ['I']
NTST = 40, NCOL = 5, IAD = 3, ISP = 2, ISW = 1, IPLT = 0, NBC = 0, NINT = 0
NMX = 600, NPR = 1000, MXBF = 10, IID = 0, ITMX = 8, ITNW = 5, NWTN = 3, JAC = 0
EPSL = 1e-7, EPSU = 1e-7, EPSS = 1e-5
DS = 0.1, DSMIN = 1e-6, DSMAX = 2.0, IADS = 1
THL = {'PERIOD': 0.0}, THU = {}
UZSTOP = {'I': [-20.001, 120.0]}

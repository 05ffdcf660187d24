// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package chain

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// LicenceNFTLicence is an auto generated low-level Go binding around an user-defined struct.
type LicenceNFTLicence struct {
	Grantor       common.Address
	Subject       *big.Int
	NotBefore     uint64
	ExpiresAt     uint64
	MaxUnits      uint64
	MaxComputeMs  uint64
	UsedUnits     uint64
	UsedComputeMs uint64
	Revoked       bool
	DataTypes     [][32]byte
}

// UsageSettlementMandate is an auto generated low-level Go binding around an user-defined struct.
type UsageSettlementMandate struct {
	Payer    common.Address
	Operator common.Address
	Cap      *big.Int
	MaxPrice *big.Int
	Expiry   uint64
	Nonce    uint32
}

// UsageSettlementReceipt is an auto generated low-level Go binding around an user-defined struct.
type UsageSettlementReceipt struct {
	Payer     common.Address
	Version   *big.Int
	Licence   *big.Int
	Units     uint64
	ComputeMs uint64
	At        uint64
}

// AgentRegistryMetaData contains all meta data concerning the AgentRegistry contract.
var AgentRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyManifest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotVersionOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnknownVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAgentKey\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AgentClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"LicenceRequired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"VersionDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestCID\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"}],\"name\":\"VersionPublished\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"agentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"agentOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"isDeprecated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"licenceRequired\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"manifestOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"priceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"manifestCID\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"}],\"name\":\"publishVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"requireLicence\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"}],\"name\":\"versionsOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AgentRegistry",
	Bin: "0x60806040526001600955348015610014575f5ffd5b506040518060400160405280601281526020017121b2b9329020b3b2b73a102b32b939b4b7b760711b8152506040518060400160405280600981526020016810d154915051d1539560ba1b815250815f9081610070919061011d565b50600161007d828261011d565b5050506101d7565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100ad57607f821691505b6020821081036100cb57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561011857805f5260205f20601f840160051c810160208510156100f65750805b601f840160051c820191505b81811015610115575f8155600101610102565b50505b505050565b81516001600160401b0381111561013657610136610085565b61014a816101448454610099565b846100d1565b6020601f82116001811461017c575f83156101655750848201515b5f19600385901b1c1916600184901b178455610115565b5f84815260208120601f198516915b828110156101ab578785015182556020948501946001909201910161018b565b50848210156101c857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b61173f806101e45f395ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c80636cb75a1e116100bf578063b9186d7d11610079578063b9186d7d146102e4578063c87b56dd146102f7578063ca867b3f1461030a578063e5191e2114610332578063e985e9c514610345578063fd554cdf14610358575f5ffd5b80636cb75a1e1461027d57806370a082311461029057806395d89b41146102a3578063a1aa9e6d146102ab578063a22cb465146102be578063b88d4fde146102d1575f5ffd5b8063446de69a11610110578063446de69a146101fa5780634b4252141461020d5780634eac3fe11461022d5780635fdff7d41461024057806361b8ce8c146102535780636352211e1461026a575f5ffd5b806301ffc9a71461015757806306fdde031461017f578063081812fc14610194578063095ea7b3146101bf57806323b872dd146101d457806342842e0e146101e7575b5f5ffd5b61016a6101653660046111d7565b61036b565b60405190151581526020015b60405180910390f35b6101876103bc565b6040516101769190611220565b6101a76101a2366004611232565b61044b565b6040516001600160a01b039091168152602001610176565b6101d26101cd36600461125f565b610472565b005b6101d26101e2366004611287565b610481565b6101d26101f5366004611287565b61050f565b61016a610208366004611232565b61052e565b61022061021b366004611232565b610545565b60405161017691906112c1565b61016a61023b366004611232565b6105a4565b6101d261024e366004611232565b6105c0565b61025c60095481565b604051908152602001610176565b6101a7610278366004611232565b610642565b61025c61028b366004611232565b61064c565b61025c61029e366004611303565b61065d565b6101876106a2565b6101876102b9366004611232565b6106b1565b6101d26102cc36600461131c565b610743565b6101d26102df366004611369565b61074e565b61025c6102f2366004611232565b610766565b610187610305366004611232565b61077a565b6101a7610318366004611232565b60086020525f90815260409020546001600160a01b031681565b61025c610340366004611446565b6107eb565b61016a6103533660046114c4565b610a24565b6101d2610366366004611232565b610a51565b5f6001600160e01b031982166380ac58cd60e01b148061039b57506001600160e01b03198216635b5e139f60e01b145b806103b657506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f80546103ca906114f5565b80601f01602080910402602001604051908101604052809291908181526020018280546103f6906114f5565b80156104415780601f1061041857610100808354040283529160200191610441565b820191905f5260205f20905b81548152906001019060200180831161042457829003601f168201915b5050505050905090565b5f61045582610afa565b505f828152600460205260409020546001600160a01b03166103b6565b61047d828233610b32565b5050565b6001600160a01b0382166104af57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6104bb838333610b3f565b9050836001600160a01b0316816001600160a01b031614610509576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016104a6565b50505050565b61052983838360405180602001604052805f81525061074e565b505050565b5f61053882610c31565b6002015460ff1692915050565b5f8181526007602090815260409182902080548351818402810184019094528084526060939283018282801561059857602002820191905f5260205f20905b815481526020019060010190808311610584575b50505050509050919050565b5f6105ae82610c31565b60020154610100900460ff1692915050565b5f6105ca82610c31565b9050336105d683610642565b6001600160a01b0316146106005760405163d5e46d6f60e01b8152600481018390526024016104a6565b60028101805461ff00191661010017905580546040518391907f464cfbbe12a18279c364b87db2d3b76b535a83d21dd6f219e2a9c85128689454905f90a35050565b5f6103b682610afa565b5f61065682610c31565b5492915050565b5f6001600160a01b038216610687576040516322718ad960e21b81525f60048201526024016104a6565b506001600160a01b03165f9081526003602052604090205490565b6060600180546103ca906114f5565b60606106bc82610c31565b60030180546106ca906114f5565b80601f01602080910402602001604051908101604052809291908181526020018280546106f6906114f5565b80156105985780601f1061071857610100808354040283529160200191610598565b820191905f5260205f20905b8154815290600101906020018083116107245750939695505050505050565b61047d338383610c65565b610759848484610481565b6105093385858585610d03565b5f61077082610c31565b6001015492915050565b606061078582610afa565b505f61079b60408051602081019091525f815290565b90505f8151116107b95760405180602001604052805f8152506107e4565b806107c384610e2b565b6040516020016107d4929190611544565b6040516020818303038152906040525b9392505050565b5f8461080a57604051632744c47f60e21b815260040160405180910390fd5b5f83900361082b5760405163d9313d2960e01b815260040160405180910390fd5b5f858152600860205260409020546001600160a01b031680610897575f8681526008602052604080822080546001600160a01b031916339081179091559051909188917f32bc8887be4538e967812c5d97d3963f577eda7b7c6ce3b1d731864d059f6d899190a36108d2565b6001600160a01b03811633146108d25760405163a1b84ca360e01b8152600481018790526001600160a01b03821660248201526044016104a6565b60098054905f6108e183611558565b9190505591506040518060a001604052808781526020018481526020015f151581526020015f1515815260200186868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939094525050848152600660209081526040918290208451815590840151600182015590830151600282018054606086015115156101000261ff00199315159390931661ffff1990911617919091179055608083015190915060038201906109a790826115c0565b5050505f868152600760209081526040822080546001810182559083529120018290556109d43383610ebb565b336001600160a01b031682877f557a612c04c779b34f02dac1a39db77862f70afa70b13436a352c48d752403da888888604051610a139392919061167b565b60405180910390a450949350505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f610a5b82610c31565b905033610a6783610642565b6001600160a01b031614610a915760405163d5e46d6f60e01b8152600481018390526024016104a6565b600281015460ff1615610aba57604051632959ba2760e21b8152600481018390526024016104a6565b60028101805460ff1916600117905580546040518391907f40ff90391fc37e192a2986200ea07c23f5d64799b33b41c134faf788af5e556d905f90a35050565b5f818152600260205260408120546001600160a01b0316806103b657604051637e27328960e01b8152600481018490526024016104a6565b6105298383836001610f1c565b5f828152600260205260408120546001600160a01b0390811690831615610b6b57610b6b818486611020565b6001600160a01b03811615610ba557610b865f855f5f610f1c565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610bd3576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8181526006602052604090208054610c6057604051636951c92360e11b8152600481018390526024016104a6565b919050565b6001600160a01b038216610c9757604051630b61174360e31b81526001600160a01b03831660048201526024016104a6565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610e2457604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610d459088908890879087906004016116b2565b6020604051808303815f875af1925050508015610d7f575060408051601f3d908101601f19168201909252610d7c918101906116ee565b60015b610de6573d808015610dac576040519150601f19603f3d011682016040523d82523d5f602084013e610db1565b606091505b5080515f03610dde57604051633250574960e11b81526001600160a01b03851660048201526024016104a6565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610e2257604051633250574960e11b81526001600160a01b03851660048201526024016104a6565b505b5050505050565b60605f610e3783611084565b60010190505f8167ffffffffffffffff811115610e5657610e56611355565b6040519080825280601f01601f191660200182016040528015610e80576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610e8a57509392505050565b6001600160a01b038216610ee457604051633250574960e11b81525f60048201526024016104a6565b5f610ef083835f610b3f565b90506001600160a01b03811615610529576040516339e3563760e11b81525f60048201526024016104a6565b8080610f3057506001600160a01b03821615155b15610ff1575f610f3f84610afa565b90506001600160a01b03831615801590610f6b5750826001600160a01b0316816001600160a01b031614155b8015610f7e5750610f7c8184610a24565b155b15610fa75760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016104a6565b8115610fef5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b61102b83838361115b565b610529576001600160a01b03831661105957604051637e27328960e01b8152600481018290526024016104a6565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016104a6565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106110c25772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106110ee576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061110c57662386f26fc10000830492506010015b6305f5e1008310611124576305f5e100830492506008015b612710831061113857612710830492506004015b6064831061114a576064830492506002015b600a83106103b65760010192915050565b5f6001600160a01b038316158015906111b75750826001600160a01b0316846001600160a01b0316148061119457506111948484610a24565b806111b757505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160e01b0319811681146111d4575f5ffd5b50565b5f602082840312156111e7575f5ffd5b81356107e4816111bf565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107e460208301846111f2565b5f60208284031215611242575f5ffd5b5035919050565b80356001600160a01b0381168114610c60575f5ffd5b5f5f60408385031215611270575f5ffd5b61127983611249565b946020939093013593505050565b5f5f5f60608486031215611299575f5ffd5b6112a284611249565b92506112b060208501611249565b929592945050506040919091013590565b602080825282518282018190525f918401906040840190835b818110156112f85783518352602093840193909201916001016112da565b509095945050505050565b5f60208284031215611313575f5ffd5b6107e482611249565b5f5f6040838503121561132d575f5ffd5b61133683611249565b91506020830135801515811461134a575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f6080858703121561137c575f5ffd5b61138585611249565b935061139360208601611249565b925060408501359150606085013567ffffffffffffffff8111156113b5575f5ffd5b8501601f810187136113c5575f5ffd5b803567ffffffffffffffff8111156113df576113df611355565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561140e5761140e611355565b604052818152828201602001891015611425575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f60608587031215611459575f5ffd5b84359350602085013567ffffffffffffffff811115611476575f5ffd5b8501601f81018713611486575f5ffd5b803567ffffffffffffffff81111561149c575f5ffd5b8760208284010111156114ad575f5ffd5b949760209190910196509394604001359392505050565b5f5f604083850312156114d5575f5ffd5b6114de83611249565b91506114ec60208401611249565b90509250929050565b600181811c9082168061150957607f821691505b60208210810361152757634e487b7160e01b5f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b5f6111b7611552838661152d565b8461152d565b5f6001820161157557634e487b7160e01b5f52601160045260245ffd5b5060010190565b601f82111561052957805f5260205f20601f840160051c810160208510156115a15750805b601f840160051c820191505b81811015610e24575f81556001016115ad565b815167ffffffffffffffff8111156115da576115da611355565b6115ee816115e884546114f5565b8461157c565b6020601f821160018114611620575f83156116095750848201515b5f19600385901b1c1916600184901b178455610e24565b5f84815260208120601f198516915b8281101561164f578785015182556020948501946001909201910161162f565b508482101561166c57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906116e4908301846111f2565b9695505050505050565b5f602082840312156116fe575f5ffd5b81516107e4816111bf56fea264697066735822122012845db942da3bb09a922b208457c0169d8330263820741a5bcb3cd76cb7ed3164736f6c634300081e0033",
}

// AgentRegistry is an auto generated Go binding around an Ethereum contract.
type AgentRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AgentRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAgentRegistry creates a new instance of AgentRegistry.
func NewAgentRegistry() *AgentRegistry {
	parsed, err := AgentRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AgentRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AgentRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAgentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb75a1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentOf(uint256 id) view returns(bytes32)
func (agentRegistry *AgentRegistry) PackAgentOf(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("agentOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb75a1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentOf(uint256 id) view returns(bytes32)
func (agentRegistry *AgentRegistry) TryPackAgentOf(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("agentOf", id)
}

// UnpackAgentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cb75a1e.
//
// Solidity: function agentOf(uint256 id) view returns(bytes32)
func (agentRegistry *AgentRegistry) UnpackAgentOf(data []byte) ([32]byte, error) {
	out, err := agentRegistry.abi.Unpack("agentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAgentOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca867b3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentOwner(bytes32 ) view returns(address)
func (agentRegistry *AgentRegistry) PackAgentOwner(arg0 [32]byte) []byte {
	enc, err := agentRegistry.abi.Pack("agentOwner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca867b3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentOwner(bytes32 ) view returns(address)
func (agentRegistry *AgentRegistry) TryPackAgentOwner(arg0 [32]byte) ([]byte, error) {
	return agentRegistry.abi.Pack("agentOwner", arg0)
}

// UnpackAgentOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca867b3f.
//
// Solidity: function agentOwner(bytes32 ) view returns(address)
func (agentRegistry *AgentRegistry) UnpackAgentOwner(data []byte) (common.Address, error) {
	out, err := agentRegistry.abi.Unpack("agentOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentRegistry *AgentRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := agentRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentRegistry *AgentRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return agentRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentRegistry *AgentRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecate(uint256 id) returns()
func (agentRegistry *AgentRegistry) PackDeprecate(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("deprecate", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecate(uint256 id) returns()
func (agentRegistry *AgentRegistry) TryPackDeprecate(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("deprecate", id)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := agentRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentRegistry *AgentRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := agentRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return agentRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsDeprecated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x446de69a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDeprecated(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) PackIsDeprecated(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("isDeprecated", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDeprecated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x446de69a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDeprecated(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackIsDeprecated(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("isDeprecated", id)
}

// UnpackIsDeprecated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x446de69a.
//
// Solidity: function isDeprecated(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackIsDeprecated(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("isDeprecated", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicenceRequired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4eac3fe1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licenceRequired(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) PackLicenceRequired(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("licenceRequired", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicenceRequired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4eac3fe1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licenceRequired(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackLicenceRequired(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("licenceRequired", id)
}

// UnpackLicenceRequired is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4eac3fe1.
//
// Solidity: function licenceRequired(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackLicenceRequired(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("licenceRequired", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackManifestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1aa9e6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manifestOf(uint256 id) view returns(string)
func (agentRegistry *AgentRegistry) PackManifestOf(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("manifestOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManifestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1aa9e6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manifestOf(uint256 id) view returns(string)
func (agentRegistry *AgentRegistry) TryPackManifestOf(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("manifestOf", id)
}

// UnpackManifestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1aa9e6d.
//
// Solidity: function manifestOf(uint256 id) view returns(string)
func (agentRegistry *AgentRegistry) UnpackManifestOf(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("manifestOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (agentRegistry *AgentRegistry) PackName() []byte {
	enc, err := agentRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (agentRegistry *AgentRegistry) TryPackName() ([]byte, error) {
	return agentRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (agentRegistry *AgentRegistry) UnpackName(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextId() view returns(uint256)
func (agentRegistry *AgentRegistry) PackNextId() []byte {
	enc, err := agentRegistry.abi.Pack("nextId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextId() view returns(uint256)
func (agentRegistry *AgentRegistry) TryPackNextId() ([]byte, error) {
	return agentRegistry.abi.Pack("nextId")
}

// UnpackNextId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b8ce8c.
//
// Solidity: function nextId() view returns(uint256)
func (agentRegistry *AgentRegistry) UnpackNextId(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("nextId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := agentRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPriceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9186d7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceOf(uint256 id) view returns(uint256)
func (agentRegistry *AgentRegistry) PackPriceOf(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("priceOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9186d7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceOf(uint256 id) view returns(uint256)
func (agentRegistry *AgentRegistry) TryPackPriceOf(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("priceOf", id)
}

// UnpackPriceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9186d7d.
//
// Solidity: function priceOf(uint256 id) view returns(uint256)
func (agentRegistry *AgentRegistry) UnpackPriceOf(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("priceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5191e21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(bytes32 agentKey, string manifestCID, uint256 pricePerUnit) returns(uint256 id)
func (agentRegistry *AgentRegistry) PackPublishVersion(agentKey [32]byte, manifestCID string, pricePerUnit *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("publishVersion", agentKey, manifestCID, pricePerUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5191e21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(bytes32 agentKey, string manifestCID, uint256 pricePerUnit) returns(uint256 id)
func (agentRegistry *AgentRegistry) TryPackPublishVersion(agentKey [32]byte, manifestCID string, pricePerUnit *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("publishVersion", agentKey, manifestCID, pricePerUnit)
}

// UnpackPublishVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5191e21.
//
// Solidity: function publishVersion(bytes32 agentKey, string manifestCID, uint256 pricePerUnit) returns(uint256 id)
func (agentRegistry *AgentRegistry) UnpackPublishVersion(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("publishVersion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequireLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fdff7d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requireLicence(uint256 id) returns()
func (agentRegistry *AgentRegistry) PackRequireLicence(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("requireLicence", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequireLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fdff7d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requireLicence(uint256 id) returns()
func (agentRegistry *AgentRegistry) TryPackRequireLicence(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("requireLicence", id)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (agentRegistry *AgentRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := agentRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (agentRegistry *AgentRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return agentRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (agentRegistry *AgentRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := agentRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (agentRegistry *AgentRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return agentRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (agentRegistry *AgentRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := agentRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return agentRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (agentRegistry *AgentRegistry) PackSymbol() []byte {
	enc, err := agentRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (agentRegistry *AgentRegistry) TryPackSymbol() ([]byte, error) {
	return agentRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (agentRegistry *AgentRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (agentRegistry *AgentRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (agentRegistry *AgentRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (agentRegistry *AgentRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// PackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b425214.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionsOf(bytes32 agentKey) view returns(uint256[])
func (agentRegistry *AgentRegistry) PackVersionsOf(agentKey [32]byte) []byte {
	enc, err := agentRegistry.abi.Pack("versionsOf", agentKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b425214.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionsOf(bytes32 agentKey) view returns(uint256[])
func (agentRegistry *AgentRegistry) TryPackVersionsOf(agentKey [32]byte) ([]byte, error) {
	return agentRegistry.abi.Pack("versionsOf", agentKey)
}

// UnpackVersionsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b425214.
//
// Solidity: function versionsOf(bytes32 agentKey) view returns(uint256[])
func (agentRegistry *AgentRegistry) UnpackVersionsOf(data []byte) ([]*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("versionsOf", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// AgentRegistryAgentClaimed represents a AgentClaimed event raised by the AgentRegistry contract.
type AgentRegistryAgentClaimed struct {
	AgentKey [32]byte
	Owner    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryAgentClaimedEventName = "AgentClaimed"

// ContractEventName returns the user-defined event name.
func (AgentRegistryAgentClaimed) ContractEventName() string {
	return AgentRegistryAgentClaimedEventName
}

// UnpackAgentClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentClaimed(bytes32 indexed agentKey, address indexed owner)
func (agentRegistry *AgentRegistry) UnpackAgentClaimedEvent(log *types.Log) (*AgentRegistryAgentClaimed, error) {
	event := "AgentClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryAgentClaimed)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryApproval represents a Approval event raised by the AgentRegistry contract.
type AgentRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AgentRegistryApproval) ContractEventName() string {
	return AgentRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackApprovalEvent(log *types.Log) (*AgentRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryApproval)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryApprovalForAll represents a ApprovalForAll event raised by the AgentRegistry contract.
type AgentRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (AgentRegistryApprovalForAll) ContractEventName() string {
	return AgentRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (agentRegistry *AgentRegistry) UnpackApprovalForAllEvent(log *types.Log) (*AgentRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryLicenceRequired represents a LicenceRequired event raised by the AgentRegistry contract.
type AgentRegistryLicenceRequired struct {
	AgentKey [32]byte
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryLicenceRequiredEventName = "LicenceRequired"

// ContractEventName returns the user-defined event name.
func (AgentRegistryLicenceRequired) ContractEventName() string {
	return AgentRegistryLicenceRequiredEventName
}

// UnpackLicenceRequiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LicenceRequired(bytes32 indexed agentKey, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackLicenceRequiredEvent(log *types.Log) (*AgentRegistryLicenceRequired, error) {
	event := "LicenceRequired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryLicenceRequired)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryTransfer represents a Transfer event raised by the AgentRegistry contract.
type AgentRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AgentRegistryTransfer) ContractEventName() string {
	return AgentRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackTransferEvent(log *types.Log) (*AgentRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryTransfer)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryVersionDeprecated represents a VersionDeprecated event raised by the AgentRegistry contract.
type AgentRegistryVersionDeprecated struct {
	AgentKey [32]byte
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryVersionDeprecatedEventName = "VersionDeprecated"

// ContractEventName returns the user-defined event name.
func (AgentRegistryVersionDeprecated) ContractEventName() string {
	return AgentRegistryVersionDeprecatedEventName
}

// UnpackVersionDeprecatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionDeprecated(bytes32 indexed agentKey, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackVersionDeprecatedEvent(log *types.Log) (*AgentRegistryVersionDeprecated, error) {
	event := "VersionDeprecated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryVersionDeprecated)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryVersionPublished represents a VersionPublished event raised by the AgentRegistry contract.
type AgentRegistryVersionPublished struct {
	AgentKey     [32]byte
	TokenId      *big.Int
	Owner        common.Address
	ManifestCID  string
	PricePerUnit *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AgentRegistryVersionPublishedEventName = "VersionPublished"

// ContractEventName returns the user-defined event name.
func (AgentRegistryVersionPublished) ContractEventName() string {
	return AgentRegistryVersionPublishedEventName
}

// UnpackVersionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionPublished(bytes32 indexed agentKey, uint256 indexed tokenId, address indexed owner, string manifestCID, uint256 pricePerUnit)
func (agentRegistry *AgentRegistry) UnpackVersionPublishedEvent(log *types.Log) (*AgentRegistryVersionPublished, error) {
	event := "VersionPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryVersionPublished)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (agentRegistry *AgentRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["AlreadyDeprecated"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackAlreadyDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["EmptyManifest"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackEmptyManifestError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["NotAgentOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackNotAgentOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["NotVersionOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackNotVersionOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["UnknownVersion"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackUnknownVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ZeroAgentKey"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackZeroAgentKeyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AgentRegistryAlreadyDeprecated represents a AlreadyDeprecated error raised by the AgentRegistry contract.
type AgentRegistryAlreadyDeprecated struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDeprecated(uint256 tokenId)
func AgentRegistryAlreadyDeprecatedErrorID() common.Hash {
	return common.HexToHash("0xa566e89c1173e306540da1276a93bdabc08286beaf5c8765a6ea1c9fdcb246ba")
}

// UnpackAlreadyDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDeprecated(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackAlreadyDeprecatedError(raw []byte) (*AgentRegistryAlreadyDeprecated, error) {
	out := new(AgentRegistryAlreadyDeprecated)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "AlreadyDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the AgentRegistry contract.
type AgentRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func AgentRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (agentRegistry *AgentRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*AgentRegistryERC721IncorrectOwner, error) {
	out := new(AgentRegistryERC721IncorrectOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the AgentRegistry contract.
type AgentRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func AgentRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*AgentRegistryERC721InsufficientApproval, error) {
	out := new(AgentRegistryERC721InsufficientApproval)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func AgentRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidApproverError(raw []byte) (*AgentRegistryERC721InvalidApprover, error) {
	out := new(AgentRegistryERC721InvalidApprover)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func AgentRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*AgentRegistryERC721InvalidOperator, error) {
	out := new(AgentRegistryERC721InvalidOperator)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func AgentRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*AgentRegistryERC721InvalidOwner, error) {
	out := new(AgentRegistryERC721InvalidOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func AgentRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*AgentRegistryERC721InvalidReceiver, error) {
	out := new(AgentRegistryERC721InvalidReceiver)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func AgentRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidSenderError(raw []byte) (*AgentRegistryERC721InvalidSender, error) {
	out := new(AgentRegistryERC721InvalidSender)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the AgentRegistry contract.
type AgentRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func AgentRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*AgentRegistryERC721NonexistentToken, error) {
	out := new(AgentRegistryERC721NonexistentToken)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryEmptyManifest represents a EmptyManifest error raised by the AgentRegistry contract.
type AgentRegistryEmptyManifest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyManifest()
func AgentRegistryEmptyManifestErrorID() common.Hash {
	return common.HexToHash("0xd9313d2917e6ed7f09348eab6522a494f90cfe097f11ce8a71065698a9ac9546")
}

// UnpackEmptyManifestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyManifest()
func (agentRegistry *AgentRegistry) UnpackEmptyManifestError(raw []byte) (*AgentRegistryEmptyManifest, error) {
	out := new(AgentRegistryEmptyManifest)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "EmptyManifest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryNotAgentOwner represents a NotAgentOwner error raised by the AgentRegistry contract.
type AgentRegistryNotAgentOwner struct {
	AgentKey [32]byte
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgentOwner(bytes32 agentKey, address owner)
func AgentRegistryNotAgentOwnerErrorID() common.Hash {
	return common.HexToHash("0xa1b84ca3ba88cd34c2329f229bdb6814039ac23f7be3e4a11cf41f573ca3e9d3")
}

// UnpackNotAgentOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgentOwner(bytes32 agentKey, address owner)
func (agentRegistry *AgentRegistry) UnpackNotAgentOwnerError(raw []byte) (*AgentRegistryNotAgentOwner, error) {
	out := new(AgentRegistryNotAgentOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "NotAgentOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryNotVersionOwner represents a NotVersionOwner error raised by the AgentRegistry contract.
type AgentRegistryNotVersionOwner struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVersionOwner(uint256 tokenId)
func AgentRegistryNotVersionOwnerErrorID() common.Hash {
	return common.HexToHash("0xd5e46d6f1f2b370b5cf446f840b2c27a3919ecde8f3b16311a2b731011aecc81")
}

// UnpackNotVersionOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVersionOwner(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackNotVersionOwnerError(raw []byte) (*AgentRegistryNotVersionOwner, error) {
	out := new(AgentRegistryNotVersionOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "NotVersionOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryUnknownVersion represents a UnknownVersion error raised by the AgentRegistry contract.
type AgentRegistryUnknownVersion struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownVersion(uint256 tokenId)
func AgentRegistryUnknownVersionErrorID() common.Hash {
	return common.HexToHash("0xd2a39246624a71163c69877b18501e0ca71d5c946abbdea856dc745e811708a9")
}

// UnpackUnknownVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownVersion(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackUnknownVersionError(raw []byte) (*AgentRegistryUnknownVersion, error) {
	out := new(AgentRegistryUnknownVersion)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "UnknownVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryZeroAgentKey represents a ZeroAgentKey error raised by the AgentRegistry contract.
type AgentRegistryZeroAgentKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAgentKey()
func AgentRegistryZeroAgentKeyErrorID() common.Hash {
	return common.HexToHash("0x9d1311fc84d5793092b91835b28e90d32f34327277339ca9d75d9d5f0803a2cb")
}

// UnpackZeroAgentKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAgentKey()
func (agentRegistry *AgentRegistry) UnpackZeroAgentKeyError(raw []byte) (*AgentRegistryZeroAgentKey, error) {
	out := new(AgentRegistryZeroAgentKey)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ZeroAgentKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenMetaData contains all meta data concerning the CereToken contract.
var CereTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CereToken",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610d0b380380610d0b83398101604081905261002e91610288565b82604051806040016040528060048152602001634365726560e01b815250604051806040016040528060048152602001634345524560e01b81525081600390816100789190610370565b5060046100858282610370565b5050506001600160a01b0381166100b657604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100bf816100d9565b5060ff82166080526100d1838261012a565b50505061044f565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0382166101535760405163ec442f0560e01b81525f60048201526024016100ad565b61015e5f8383610162565b5050565b6001600160a01b03831661018c578060025f828254610181919061042a565b909155506101fc9050565b6001600160a01b0383165f90815260208190526040902054818110156101de5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016100ad565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661021857600280548290039055610236565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161027b91815260200190565b60405180910390a3505050565b5f5f5f6060848603121561029a575f5ffd5b83516001600160a01b03811681146102b0575f5ffd5b602085015190935060ff811681146102c6575f5ffd5b80925050604084015190509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061030057607f821691505b60208210810361031e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561036b57805f5260205f20601f840160051c810160208510156103495750805b601f840160051c820191505b81811015610368575f8155600101610355565b50505b505050565b81516001600160401b03811115610389576103896102d8565b61039d8161039784546102ec565b84610324565b6020601f8211600181146103cf575f83156103b85750848201515b5f19600385901b1c1916600184901b178455610368565b5f84815260208120601f198516915b828110156103fe57878501518255602094850194600190920191016103de565b508482101561041b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082018082111561044957634e487b7160e01b5f52601160045260245ffd5b92915050565b6080516108a46104675f395f61013c01526108a45ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c806370a082311161008857806395d89b411161006357806395d89b41146101c6578063a9059cbb146101ce578063dd62ed3e146101e1578063f2fde38b14610219575f5ffd5b806370a082311461017b578063715018a6146101a35780638da5cb5b146101ab575f5ffd5b806306fdde03146100cf578063095ea7b3146100ed57806318160ddd1461011057806323b872dd14610122578063313ce5671461013557806340c10f1914610166575b5f5ffd5b6100d761022c565b6040516100e49190610714565b60405180910390f35b6101006100fb366004610764565b6102bc565b60405190151581526020016100e4565b6002545b6040519081526020016100e4565b61010061013036600461078c565b6102d5565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100e4565b610179610174366004610764565b6102f8565b005b6101146101893660046107c6565b6001600160a01b03165f9081526020819052604090205490565b61017961030e565b6005546040516001600160a01b0390911681526020016100e4565b6100d7610321565b6101006101dc366004610764565b610330565b6101146101ef3660046107e6565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101796102273660046107c6565b61033d565b60606003805461023b90610817565b80601f016020809104026020016040519081016040528092919081815260200182805461026790610817565b80156102b25780601f10610289576101008083540402835291602001916102b2565b820191905f5260205f20905b81548152906001019060200180831161029557829003601f168201915b5050505050905090565b5f336102c981858561037f565b60019150505b92915050565b5f336102e2858285610391565b6102ed85858561040d565b506001949350505050565b61030061046a565b61030a8282610497565b5050565b61031661046a565b61031f5f6104cb565b565b60606004805461023b90610817565b5f336102c981858561040d565b61034561046a565b6001600160a01b03811661037357604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61037c816104cb565b50565b61038c838383600161051c565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561040757818110156103f957604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161036a565b61040784848484035f61051c565b50505050565b6001600160a01b03831661043657604051634b637e8f60e11b81525f600482015260240161036a565b6001600160a01b03821661045f5760405163ec442f0560e01b81525f600482015260240161036a565b61038c8383836105ee565b6005546001600160a01b0316331461031f5760405163118cdaa760e01b815233600482015260240161036a565b6001600160a01b0382166104c05760405163ec442f0560e01b81525f600482015260240161036a565b61030a5f83836105ee565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0384166105455760405163e602df0560e01b81525f600482015260240161036a565b6001600160a01b03831661056e57604051634a1406b160e11b81525f600482015260240161036a565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561040757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516105e091815260200190565b60405180910390a350505050565b6001600160a01b038316610618578060025f82825461060d919061084f565b909155506106889050565b6001600160a01b0383165f908152602081905260409020548181101561066a5760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161036a565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106a4576002805482900390556106c2565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161070791815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461075f575f5ffd5b919050565b5f5f60408385031215610775575f5ffd5b61077e83610749565b946020939093013593505050565b5f5f5f6060848603121561079e575f5ffd5b6107a784610749565b92506107b560208501610749565b929592945050506040919091013590565b5f602082840312156107d6575f5ffd5b6107df82610749565b9392505050565b5f5f604083850312156107f7575f5ffd5b61080083610749565b915061080e60208401610749565b90509250929050565b600181811c9082168061082b57607f821691505b60208210810361084957634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102cf57634e487b7160e01b5f52601160045260245ffdfea26469706673582212201536be6f635172916570ec9bb5a5d4dbf0f32f782c371290a41e9eef8e7d4cce64736f6c634300081e0033",
}

// CereToken is an auto generated Go binding around an Ethereum contract.
type CereToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CereToken) GetABI() abi.ABI {
	return c.abi
}

// NewCereToken creates a new instance of CereToken.
func NewCereToken() *CereToken {
	parsed, err := CereTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CereToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CereToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, uint8 decimals_, uint256 supply) returns()
func (cereToken *CereToken) PackConstructor(owner_ common.Address, decimals_ uint8, supply *big.Int) []byte {
	enc, err := cereToken.abi.Pack("", owner_, decimals_, supply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cereToken *CereToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := cereToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cereToken *CereToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return cereToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cereToken *CereToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := cereToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cereToken *CereToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := cereToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cereToken *CereToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cereToken *CereToken) UnpackApprove(data []byte) (bool, error) {
	out, err := cereToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cereToken *CereToken) PackBalanceOf(account common.Address) []byte {
	enc, err := cereToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cereToken *CereToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return cereToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cereToken *CereToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := cereToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (cereToken *CereToken) PackDecimals() []byte {
	enc, err := cereToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (cereToken *CereToken) TryPackDecimals() ([]byte, error) {
	return cereToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (cereToken *CereToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := cereToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cereToken *CereToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := cereToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cereToken *CereToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (cereToken *CereToken) PackName() []byte {
	enc, err := cereToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (cereToken *CereToken) TryPackName() ([]byte, error) {
	return cereToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (cereToken *CereToken) UnpackName(data []byte) (string, error) {
	out, err := cereToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (cereToken *CereToken) PackOwner() []byte {
	enc, err := cereToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (cereToken *CereToken) TryPackOwner() ([]byte, error) {
	return cereToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (cereToken *CereToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := cereToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (cereToken *CereToken) PackRenounceOwnership() []byte {
	enc, err := cereToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (cereToken *CereToken) TryPackRenounceOwnership() ([]byte, error) {
	return cereToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (cereToken *CereToken) PackSymbol() []byte {
	enc, err := cereToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (cereToken *CereToken) TryPackSymbol() ([]byte, error) {
	return cereToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (cereToken *CereToken) UnpackSymbol(data []byte) (string, error) {
	out, err := cereToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (cereToken *CereToken) PackTotalSupply() []byte {
	enc, err := cereToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (cereToken *CereToken) TryPackTotalSupply() ([]byte, error) {
	return cereToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (cereToken *CereToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := cereToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cereToken *CereToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := cereToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cereToken *CereToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cereToken *CereToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := cereToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cereToken *CereToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := cereToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cereToken *CereToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cereToken *CereToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := cereToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (cereToken *CereToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := cereToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (cereToken *CereToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return cereToken.abi.Pack("transferOwnership", newOwner)
}

// CereTokenApproval represents a Approval event raised by the CereToken contract.
type CereTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CereTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (CereTokenApproval) ContractEventName() string {
	return CereTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (cereToken *CereToken) UnpackApprovalEvent(log *types.Log) (*CereTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cereToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CereTokenApproval)
	if len(log.Data) > 0 {
		if err := cereToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cereToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CereTokenOwnershipTransferred represents a OwnershipTransferred event raised by the CereToken contract.
type CereTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CereTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (CereTokenOwnershipTransferred) ContractEventName() string {
	return CereTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (cereToken *CereToken) UnpackOwnershipTransferredEvent(log *types.Log) (*CereTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cereToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CereTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := cereToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cereToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CereTokenTransfer represents a Transfer event raised by the CereToken contract.
type CereTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CereTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (CereTokenTransfer) ContractEventName() string {
	return CereTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (cereToken *CereToken) UnpackTransferEvent(log *types.Log) (*CereTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cereToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CereTokenTransfer)
	if len(log.Data) > 0 {
		if err := cereToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cereToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (cereToken *CereToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return cereToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return cereToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CereTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the CereToken contract.
type CereTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func CereTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (cereToken *CereToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*CereTokenERC20InsufficientAllowance, error) {
	out := new(CereTokenERC20InsufficientAllowance)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the CereToken contract.
type CereTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func CereTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (cereToken *CereToken) UnpackERC20InsufficientBalanceError(raw []byte) (*CereTokenERC20InsufficientBalance, error) {
	out := new(CereTokenERC20InsufficientBalance)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the CereToken contract.
type CereTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func CereTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (cereToken *CereToken) UnpackERC20InvalidApproverError(raw []byte) (*CereTokenERC20InvalidApprover, error) {
	out := new(CereTokenERC20InvalidApprover)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the CereToken contract.
type CereTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func CereTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (cereToken *CereToken) UnpackERC20InvalidReceiverError(raw []byte) (*CereTokenERC20InvalidReceiver, error) {
	out := new(CereTokenERC20InvalidReceiver)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the CereToken contract.
type CereTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func CereTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (cereToken *CereToken) UnpackERC20InvalidSenderError(raw []byte) (*CereTokenERC20InvalidSender, error) {
	out := new(CereTokenERC20InvalidSender)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the CereToken contract.
type CereTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func CereTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (cereToken *CereToken) UnpackERC20InvalidSpenderError(raw []byte) (*CereTokenERC20InvalidSpender, error) {
	out := new(CereTokenERC20InvalidSpender)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the CereToken contract.
type CereTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func CereTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (cereToken *CereToken) UnpackOwnableInvalidOwnerError(raw []byte) (*CereTokenOwnableInvalidOwner, error) {
	out := new(CereTokenOwnableInvalidOwner)
	if err := cereToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the CereToken contract.
type CereTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func CereTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (cereToken *CereToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*CereTokenOwnableUnauthorizedAccount, error) {
	out := new(CereTokenOwnableUnauthorizedAccount)
	if err := cereToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTMetaData contains all meta data concerning the LicenceNFT contract.
var LicenceNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAgentVersions\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"BadWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"}],\"name\":\"DeprecatedSubject\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"InTheFuture\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"}],\"name\":\"NotFor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotGrantor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"}],\"name\":\"NotSubjectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"OverLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SettlementAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownLicence\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"}],\"name\":\"Consumed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"grantor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"dataTypes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxUnits\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxComputeMs\",\"type\":\"uint64\"}],\"name\":\"Granted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"Revoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"settlement\",\"type\":\"address\"}],\"name\":\"SettlementSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expires\",\"type\":\"uint64\"}],\"name\":\"UpdateUser\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"consume\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataTypes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxComputeMs\",\"type\":\"uint64\"}],\"name\":\"grant\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"isValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"licence\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"grantor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxComputeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"usedUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"usedComputeMs\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataTypes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structLicenceNFT.Licence\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIAgentVersions\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"remaining\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settlement_\",\"type\":\"address\"}],\"name\":\"setSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"userExpires\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"userOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "LicenceNFT",
	Bin: "0x60c06040526001600855348015610014575f5ffd5b506040516123c63803806123c6833981016040819052610033916100ab565b6040518060400160405280600c81526020016b43657265204c6963656e636560a01b81525060405180604001604052806007815260200166434552454c494360c81b815250815f90816100869190610170565b5060016100938282610170565b5050506001600160a01b03166080523360a05261022a565b5f602082840312156100bb575f5ffd5b81516001600160a01b03811681146100d1575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061010057607f821691505b60208210810361011e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561016b57805f5260205f20601f840160051c810160208510156101495750805b601f840160051c820191505b81811015610168575f8155600101610155565b50505b505050565b81516001600160401b03811115610189576101896100d8565b61019d8161019784546100ec565b84610124565b6020601f8211600181146101cf575f83156101b85750848201515b5f19600385901b1c1916600184901b178455610168565b5f84815260208120601f198516915b828110156101fe57878501518255602094850194600190920191016101de565b508482101561021b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a0516121666102605f395f610c7a01525f81816102e2015281816105d00152818161093201526109da01526121665ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c80636352211e116100d9578063a22cb46511610093578063c87b56dd1161006e578063c87b56dd1461036b578063ca78e39d1461037e578063e985e9c514610391578063eb456c5d146103a4575f5ffd5b8063a22cb46514610332578063b88d4fde14610345578063c2f1f14a14610358575f5ffd5b80636352211e146102b757806370a08231146102ca5780637b103999146102dd5780638f4e6f37146103045780638fc88c481461031757806395d89b411461032a575f5ffd5b806321059fe01161012a57806321059fe01461023457806323b872dd1461025457806342842e0e14610267578063511606301461027a5780635f986f541461028d57806361b8ce8c146102ae575f5ffd5b806301ffc9a7146101715780630361bf141461019957806306fdde03146101cc578063081812fc146101e1578063095ea7b31461020c57806320c5429b14610221575b5f5ffd5b61018461017f366004611a80565b6103b7565b60405190151581526020015b60405180910390f35b6101ac6101a7366004611a9b565b610408565b604080516001600160401b03938416815292909116602083015201610190565b6101d46104c7565b6040516101909190611ae0565b6101f46101ef366004611a9b565b610556565b6040516001600160a01b039091168152602001610190565b61021f61021a366004611b06565b61057d565b005b61021f61022f366004611a9b565b61058c565b610247610242366004611a9b565b610720565b6040516101909190611b6a565b61021f610262366004611c3f565b610863565b61021f610275366004611c3f565b6108ec565b6006546101f4906001600160a01b031681565b6102a061029b366004611c93565b61090b565b604051908152602001610190565b6102a060085481565b6101f46102c5366004611a9b565b610c20565b6102a06102d8366004611d5e565b610c2a565b6101f47f000000000000000000000000000000000000000000000000000000000000000081565b61021f610312366004611d5e565b610c6f565b6102a0610325366004611a9b565b610d36565b6101d4610d83565b61021f610340366004611d86565b610d92565b61021f610353366004611dd1565b610d9d565b6101f4610366366004611a9b565b610db5565b6101d4610379366004611a9b565b610dd3565b61021f61038c366004611eaf565b610e44565b61018461039f366004611f13565b61111e565b6101846103b2366004611f3f565b61114b565b5f6001600160e01b031982166380ac58cd60e01b14806103e757506001600160e01b03198216635b5e139f60e01b145b8061040257506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f5f6104148461125f565b6002810154909150600160801b90046001600160401b03161561045d5760038101546002820154610458916001600160401b0390811691600160801b900416611f7d565b610466565b6001600160401b035b6002820154909350600160c01b90046001600160401b0316156104b657600381015460028201546104b1916001600160401b03600160401b909104811691600160c01b900416611f7d565b6104bf565b6001600160401b035b915050915091565b60605f80546104d590611f9c565b80601f016020809104026020016040519081016040528092919081815260200182805461050190611f9c565b801561054c5780601f106105235761010080835404028352916020019161054c565b820191905f5260205f20905b81548152906001019060200180831161052f57829003601f168201915b5050505050905090565b5f610560826112ab565b505f828152600460205260409020546001600160a01b0316610402565b6105888282336112e3565b5050565b5f6105968261125f565b90505f81600101545f036105b45781546001600160a01b0316610641565b60018201546040516331a9108f60e11b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa15801561061d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106419190611fd4565b90506001600160a01b038116331461067457604051630c50319d60e21b8152600481018490526024015b60405180910390fd5b6003820154600160801b900460ff16156106a45760405163e80455f560e01b81526004810184905260240161066b565b60038201805460ff60801b1916600160801b17905560405183907f61e27b0bfd8e18e6b92ec32ce1c28bb698d27bfe93e84c7e94d4db0a3135c760905f90a26040515f8082529084907f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe906020015b60405180910390a3505050565b60408051610140810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082019290925261012081019190915261077b8261125f565b604080516101408101825282546001600160a01b03168152600183015460208083019190915260028401546001600160401b0380821684860152600160401b80830482166060860152600160801b80840483166080870152600160c01b909304821660a0860152600387015480831660c087015290810490911660e08501520460ff161515610100830152600484018054845181840281018401909552808552929493610120860193909283018282801561085357602002820191905f5260205f20905b81548152602001906001019080831161083f575b5050505050815250509050919050565b6001600160a01b03821661088c57604051633250574960e11b81525f600482015260240161066b565b5f6108988383336112f0565b9050836001600160a01b0316816001600160a01b0316146108e6576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161066b565b50505050565b61090683838360405180602001604052805f815250610d9d565b505050565b5f8715610a6c576040516331a9108f60e11b81526004810189905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015610977573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061099b9190611fd4565b6001600160a01b0316146109c45760405162667e7360e31b81526004810189905260240161066b565b604051632236f34d60e11b8152600481018990527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063446de69a90602401602060405180830381865afa158015610a27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a4b9190611fef565b15610a6c576040516330632edd60e21b81526004810189905260240161066b565b846001600160401b0316846001600160401b0316111580610a96575042846001600160401b031611155b15610ac75760405163d389761b60e01b81526001600160401b0380871660048301528516602482015260440161066b565b60088054905f610ad68361200a565b909155505f8181526007602052604090208054336001600160a01b0319909116178155600181018a90556002810180546001600160401b038981166001600160801b031990921691909117600160401b89831602176fffffffffffffffffffffffffffffffff16600160801b888316026001600160c01b031617600160c01b91871691909102179055909150610b70600482018989611a0b565b50610b7b8a836113cb565b888a6001600160a01b0316837f3c02e9e460f87a5202b735b8584b5e33d851472712cb0a56bc3700b9af006952338c8c8c8c8c8c604051610bc29796959493929190612022565b60405180910390a46040516001600160401b03861681526001600160a01b038b169083907f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe9060200160405180910390a35098975050505050505050565b5f610402826112ab565b5f6001600160a01b038216610c54576040516322718ad960e21b81525f600482015260240161066b565b506001600160a01b03165f9081526003602052604090205490565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610cb857604051638b906c9760e01b815260040160405180910390fd5b6006546001600160a01b031615610ce257604051632584678960e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca999060200160405180910390a150565b5f5f610d418361125f565b6003810154909150600160801b900460ff16610d71576002810154600160401b90046001600160401b0316610d73565b5f5b6001600160401b03169392505050565b6060600180546104d590611f9c565b61058833838361142c565b610da8848484610863565b6108e633858585856114c2565b5f610dc0824261114b565b610dca575f610402565b61040282610c20565b6060610dde826112ab565b505f610df460408051602081019091525f815290565b90505f815111610e125760405180602001604052805f815250610e3d565b80610e1c846115ea565b604051602001610e2d9291906120a6565b6040516020818303038152906040525b9392505050565b6006546001600160a01b03163314610e6f576040516376f04f9560e11b815260040160405180910390fd5b42816001600160401b03161115610ea457604051632f4ad1b160e21b81526001600160401b038216600482015260240161066b565b610eae868261114b565b610ece57604051630dcfd36360e21b81526004810187905260240161066b565b5f868152600760205260409020600181015485141580610f0757505f878152600260205260409020546001600160a01b03878116911614155b15610f3e57604051630b4260f760e21b8152600481018890526001600160a01b03871660248201526044810186905260640161066b565b6003810154610f58906001600160401b0390811690611f7d565b6001600160401b0316846001600160401b03161180610fa857506003810154610f93906001600160401b03600160401b909104811690611f7d565b6001600160401b0316836001600160401b0316115b15610fc957604051631cfe728160e31b81526004810188905260240161066b565b60038101545f90610fe49086906001600160401b03166120ba565b60038301549091505f90611009908690600160401b90046001600160401b03166120ba565b6002840154909150600160801b90046001600160401b031615801590611046575060028301546001600160401b03600160801b9091048116908316115b8061108657506002830154600160c01b90046001600160401b031615801590611086575060028301546001600160401b03600160c01b9091048116908216115b156110a757604051631cfe728160e31b8152600481018a905260240161066b565b6003830180546001600160401b038481166001600160801b031990921691909117600160401b848316021790915560408051888316815291871660208301528a917fd89516eb591ab6b2742a52f113cbfc5196225d90ef49368fa2db41daa3295c31910160405180910390a2505050505050505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f8281526007602052604081206002810154600160401b90046001600160401b0316158061118457506003810154600160801b900460ff165b8061119f575060028101546001600160401b03908116908416105b806111c2575060028101546001600160401b03600160401b909104811690841610155b156111d0575f915050610402565b6002810154600160801b90046001600160401b0316158061120c5750600281015460038201546001600160401b03600160801b90920482169116105b801561125757506002810154600160c01b90046001600160401b03161580611257575060028101546003820154600160c01b9091046001600160401b03908116600160401b90920416105b949350505050565b5f81815260076020526040812060028101549091600160401b9091046001600160401b031690036112a6576040516349adf88f60e01b81526004810183905260240161066b565b919050565b5f818152600260205260408120546001600160a01b03168061040257604051637e27328960e01b81526004810184905260240161066b565b6109068383836001611679565b5f6112fc84848461177d565b90506001600160a01b0381161580159061131e57506001600160a01b03841615155b15610e3d575f8381526007602052604090206003810154600160801b900460ff16611349578461134b565b5f5b6001600160a01b0316847f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe8360030160109054906101000a900460ff166113a6576002840154600160401b90046001600160401b03166113a8565b5f5b6040516001600160401b03909116815260200160405180910390a3509392505050565b6001600160a01b0382166113f457604051633250574960e11b81525f600482015260240161066b565b5f61140083835f6112f0565b90506001600160a01b03811615610906576040516339e3563760e11b81525f600482015260240161066b565b6001600160a01b03821661145e57604051630b61174360e31b81526001600160a01b038316600482015260240161066b565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c319101610713565b6001600160a01b0383163b156115e357604051630a85bd0160e11b81526001600160a01b0384169063150b7a02906115049088908890879087906004016120d9565b6020604051808303815f875af192505050801561153e575060408051601f3d908101601f1916820190925261153b91810190612115565b60015b6115a5573d80801561156b576040519150601f19603f3d011682016040523d82523d5f602084013e611570565b606091505b5080515f0361159d57604051633250574960e11b81526001600160a01b038516600482015260240161066b565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b146115e157604051633250574960e11b81526001600160a01b038516600482015260240161066b565b505b5050505050565b60605f6115f68361186f565b60010190505f816001600160401b0381111561161457611614611dbd565b6040519080825280601f01601f19166020018201604052801561163e576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461164857509392505050565b808061168d57506001600160a01b03821615155b1561174e575f61169c846112ab565b90506001600160a01b038316158015906116c85750826001600160a01b0316816001600160a01b031614155b80156116db57506116d9818461111e565b155b156117045760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161066b565b811561174c5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f828152600260205260408120546001600160a01b03908116908316156117a9576117a9818486611946565b6001600160a01b038116156117e3576117c45f855f5f611679565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615611811576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106118ad5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106118d9576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106118f757662386f26fc10000830492506010015b6305f5e100831061190f576305f5e100830492506008015b612710831061192357612710830492506004015b60648310611935576064830492506002015b600a83106104025760010192915050565b6119518383836119aa565b610906576001600160a01b03831661197f57604051637e27328960e01b81526004810182905260240161066b565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161066b565b5f6001600160a01b038316158015906112575750826001600160a01b0316846001600160a01b031614806119e357506119e3848461111e565b806112575750505f908152600460205260409020546001600160a01b03908116911614919050565b828054828255905f5260205f20908101928215611a44579160200282015b82811115611a44578235825591602001919060010190611a29565b50611a50929150611a54565b5090565b5b80821115611a50575f8155600101611a55565b6001600160e01b031981168114611a7d575f5ffd5b50565b5f60208284031215611a90575f5ffd5b8135610e3d81611a68565b5f60208284031215611aab575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e3d6020830184611ab2565b6001600160a01b0381168114611a7d575f5ffd5b5f5f60408385031215611b17575f5ffd5b8235611b2281611af2565b946020939093013593505050565b5f8151808452602084019350602083015f5b82811015611b60578151865260209586019590910190600101611b42565b5093949350505050565b60208152611b846020820183516001600160a01b03169052565b602082015160408201525f6040830151611ba960608401826001600160401b03169052565b5060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e08301516001600160401b038116610100840152506101008301518015156101208401525061012083015161014080840152611257610160840182611b30565b5f5f5f60608486031215611c51575f5ffd5b8335611c5c81611af2565b92506020840135611c6c81611af2565b929592945050506040919091013590565b80356001600160401b03811681146112a6575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215611caa575f5ffd5b8835611cb581611af2565b97506020890135965060408901356001600160401b03811115611cd6575f5ffd5b8901601f81018b13611ce6575f5ffd5b80356001600160401b03811115611cfb575f5ffd5b8b60208260051b8401011115611d0f575f5ffd5b60209190910196509450611d2560608a01611c7d565b9350611d3360808a01611c7d565b9250611d4160a08a01611c7d565b9150611d4f60c08a01611c7d565b90509295985092959890939650565b5f60208284031215611d6e575f5ffd5b8135610e3d81611af2565b8015158114611a7d575f5ffd5b5f5f60408385031215611d97575f5ffd5b8235611da281611af2565b91506020830135611db281611d79565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611de4575f5ffd5b8435611def81611af2565b93506020850135611dff81611af2565b92506040850135915060608501356001600160401b03811115611e20575f5ffd5b8501601f81018713611e30575f5ffd5b80356001600160401b03811115611e4957611e49611dbd565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611e7757611e77611dbd565b604052818152828201602001891015611e8e575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f5f5f60c08789031215611ec4575f5ffd5b863595506020870135611ed681611af2565b945060408701359350611eeb60608801611c7d565b9250611ef960808801611c7d565b9150611f0760a08801611c7d565b90509295509295509295565b5f5f60408385031215611f24575f5ffd5b8235611f2f81611af2565b91506020830135611db281611af2565b5f5f60408385031215611f50575f5ffd5b82359150611f6060208401611c7d565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561040257610402611f69565b600181811c90821680611fb057607f821691505b602082108103611fce57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215611fe4575f5ffd5b8151610e3d81611af2565b5f60208284031215611fff575f5ffd5b8151610e3d81611d79565b5f6001820161201b5761201b611f69565b5060010190565b6001600160a01b038816815260c06020820181905281018690525f6001600160fb1b03871115612050575f5ffd5b8660051b808960e08501376001600160401b039687166040840152948616606083015250918416608083015290921660a08301520160e0019392505050565b5f81518060208401855e5f93019283525090919050565b5f6112576120b4838661208f565b8461208f565b6001600160401b03818116838216019081111561040257610402611f69565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061210b90830184611ab2565b9695505050505050565b5f60208284031215612125575f5ffd5b8151610e3d81611a6856fea264697066735822122083c25e5da44d64c60a413b4d0067bd3f7e9725fa7f34d502db83f70d9e924a5f64736f6c634300081e0033",
}

// LicenceNFT is an auto generated Go binding around an Ethereum contract.
type LicenceNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LicenceNFT) GetABI() abi.ABI {
	return c.abi
}

// NewLicenceNFT creates a new instance of LicenceNFT.
func NewLicenceNFT() *LicenceNFT {
	parsed, err := LicenceNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LicenceNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LicenceNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (licenceNFT *LicenceNFT) PackConstructor(registry_ common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (licenceNFT *LicenceNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (licenceNFT *LicenceNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return licenceNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (licenceNFT *LicenceNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConsume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca78e39d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consume(uint256 id, address user, uint256 subject, uint64 units, uint64 computeMs, uint64 at) returns()
func (licenceNFT *LicenceNFT) PackConsume(id *big.Int, user common.Address, subject *big.Int, units uint64, computeMs uint64, at uint64) []byte {
	enc, err := licenceNFT.abi.Pack("consume", id, user, subject, units, computeMs, at)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca78e39d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consume(uint256 id, address user, uint256 subject, uint64 units, uint64 computeMs, uint64 at) returns()
func (licenceNFT *LicenceNFT) TryPackConsume(id *big.Int, user common.Address, subject *big.Int, units uint64, computeMs uint64, at uint64) ([]byte, error) {
	return licenceNFT.abi.Pack("consume", id, user, subject, units, computeMs, at)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f986f54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grant(address licensee, uint256 subject, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs) returns(uint256 id)
func (licenceNFT *LicenceNFT) PackGrant(licensee common.Address, subject *big.Int, dataTypes [][32]byte, notBefore uint64, expiresAt uint64, maxUnits uint64, maxComputeMs uint64) []byte {
	enc, err := licenceNFT.abi.Pack("grant", licensee, subject, dataTypes, notBefore, expiresAt, maxUnits, maxComputeMs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f986f54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grant(address licensee, uint256 subject, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs) returns(uint256 id)
func (licenceNFT *LicenceNFT) TryPackGrant(licensee common.Address, subject *big.Int, dataTypes [][32]byte, notBefore uint64, expiresAt uint64, maxUnits uint64, maxComputeMs uint64) ([]byte, error) {
	return licenceNFT.abi.Pack("grant", licensee, subject, dataTypes, notBefore, expiresAt, maxUnits, maxComputeMs)
}

// UnpackGrant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f986f54.
//
// Solidity: function grant(address licensee, uint256 subject, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs) returns(uint256 id)
func (licenceNFT *LicenceNFT) UnpackGrant(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("grant", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (licenceNFT *LicenceNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (licenceNFT *LicenceNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return licenceNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (licenceNFT *LicenceNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := licenceNFT.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb456c5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValid(uint256 id, uint64 at) view returns(bool)
func (licenceNFT *LicenceNFT) PackIsValid(id *big.Int, at uint64) []byte {
	enc, err := licenceNFT.abi.Pack("isValid", id, at)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb456c5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValid(uint256 id, uint64 at) view returns(bool)
func (licenceNFT *LicenceNFT) TryPackIsValid(id *big.Int, at uint64) ([]byte, error) {
	return licenceNFT.abi.Pack("isValid", id, at)
}

// UnpackIsValid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb456c5d.
//
// Solidity: function isValid(uint256 id, uint64 at) view returns(bool)
func (licenceNFT *LicenceNFT) UnpackIsValid(data []byte) (bool, error) {
	out, err := licenceNFT.abi.Unpack("isValid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21059fe0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licence(uint256 id) view returns((address,uint256,uint64,uint64,uint64,uint64,uint64,uint64,bool,bytes32[]))
func (licenceNFT *LicenceNFT) PackLicence(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("licence", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21059fe0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licence(uint256 id) view returns((address,uint256,uint64,uint64,uint64,uint64,uint64,uint64,bool,bytes32[]))
func (licenceNFT *LicenceNFT) TryPackLicence(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("licence", id)
}

// UnpackLicence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21059fe0.
//
// Solidity: function licence(uint256 id) view returns((address,uint256,uint64,uint64,uint64,uint64,uint64,uint64,bool,bytes32[]))
func (licenceNFT *LicenceNFT) UnpackLicence(data []byte) (LicenceNFTLicence, error) {
	out, err := licenceNFT.abi.Unpack("licence", data)
	if err != nil {
		return *new(LicenceNFTLicence), err
	}
	out0 := *abi.ConvertType(out[0], new(LicenceNFTLicence)).(*LicenceNFTLicence)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (licenceNFT *LicenceNFT) PackName() []byte {
	enc, err := licenceNFT.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (licenceNFT *LicenceNFT) TryPackName() ([]byte, error) {
	return licenceNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (licenceNFT *LicenceNFT) UnpackName(data []byte) (string, error) {
	out, err := licenceNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextId() view returns(uint256)
func (licenceNFT *LicenceNFT) PackNextId() []byte {
	enc, err := licenceNFT.abi.Pack("nextId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextId() view returns(uint256)
func (licenceNFT *LicenceNFT) TryPackNextId() ([]byte, error) {
	return licenceNFT.abi.Pack("nextId")
}

// UnpackNextId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b8ce8c.
//
// Solidity: function nextId() view returns(uint256)
func (licenceNFT *LicenceNFT) UnpackNextId(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("nextId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (licenceNFT *LicenceNFT) PackRegistry() []byte {
	enc, err := licenceNFT.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (licenceNFT *LicenceNFT) TryPackRegistry() ([]byte, error) {
	return licenceNFT.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (licenceNFT *LicenceNFT) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0361bf14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remaining(uint256 id) view returns(uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) PackRemaining(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("remaining", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0361bf14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remaining(uint256 id) view returns(uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) TryPackRemaining(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("remaining", id)
}

// RemainingOutput serves as a container for the return parameters of contract
// method Remaining.
type RemainingOutput struct {
	Units     uint64
	ComputeMs uint64
}

// UnpackRemaining is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0361bf14.
//
// Solidity: function remaining(uint256 id) view returns(uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) UnpackRemaining(data []byte) (RemainingOutput, error) {
	out, err := licenceNFT.abi.Unpack("remaining", data)
	outstruct := new(RemainingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Units = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.ComputeMs = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c5429b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke(uint256 id) returns()
func (licenceNFT *LicenceNFT) PackRevoke(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("revoke", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c5429b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke(uint256 id) returns()
func (licenceNFT *LicenceNFT) TryPackRevoke(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("revoke", id)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (licenceNFT *LicenceNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := licenceNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (licenceNFT *LicenceNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return licenceNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (licenceNFT *LicenceNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := licenceNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (licenceNFT *LicenceNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return licenceNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4e6f37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSettlement(address settlement_) returns()
func (licenceNFT *LicenceNFT) PackSetSettlement(settlement common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("setSettlement", settlement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4e6f37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSettlement(address settlement_) returns()
func (licenceNFT *LicenceNFT) TryPackSetSettlement(settlement common.Address) ([]byte, error) {
	return licenceNFT.abi.Pack("setSettlement", settlement)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement() view returns(address)
func (licenceNFT *LicenceNFT) PackSettlement() []byte {
	enc, err := licenceNFT.abi.Pack("settlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement() view returns(address)
func (licenceNFT *LicenceNFT) TryPackSettlement() ([]byte, error) {
	return licenceNFT.abi.Pack("settlement")
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (licenceNFT *LicenceNFT) UnpackSettlement(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("settlement", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (licenceNFT *LicenceNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := licenceNFT.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (licenceNFT *LicenceNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return licenceNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (licenceNFT *LicenceNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := licenceNFT.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (licenceNFT *LicenceNFT) PackSymbol() []byte {
	enc, err := licenceNFT.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (licenceNFT *LicenceNFT) TryPackSymbol() ([]byte, error) {
	return licenceNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (licenceNFT *LicenceNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := licenceNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (licenceNFT *LicenceNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (licenceNFT *LicenceNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (licenceNFT *LicenceNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := licenceNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUserExpires is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc88c48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userExpires(uint256 id) view returns(uint256)
func (licenceNFT *LicenceNFT) PackUserExpires(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("userExpires", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserExpires is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc88c48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userExpires(uint256 id) view returns(uint256)
func (licenceNFT *LicenceNFT) TryPackUserExpires(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("userExpires", id)
}

// UnpackUserExpires is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fc88c48.
//
// Solidity: function userExpires(uint256 id) view returns(uint256)
func (licenceNFT *LicenceNFT) UnpackUserExpires(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("userExpires", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUserOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1f14a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userOf(uint256 id) view returns(address)
func (licenceNFT *LicenceNFT) PackUserOf(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("userOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1f14a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userOf(uint256 id) view returns(address)
func (licenceNFT *LicenceNFT) TryPackUserOf(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("userOf", id)
}

// UnpackUserOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1f14a.
//
// Solidity: function userOf(uint256 id) view returns(address)
func (licenceNFT *LicenceNFT) UnpackUserOf(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("userOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// LicenceNFTApproval represents a Approval event raised by the LicenceNFT contract.
type LicenceNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LicenceNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (LicenceNFTApproval) ContractEventName() string {
	return LicenceNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (licenceNFT *LicenceNFT) UnpackApprovalEvent(log *types.Log) (*LicenceNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTApproval)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTApprovalForAll represents a ApprovalForAll event raised by the LicenceNFT contract.
type LicenceNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const LicenceNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (LicenceNFTApprovalForAll) ContractEventName() string {
	return LicenceNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (licenceNFT *LicenceNFT) UnpackApprovalForAllEvent(log *types.Log) (*LicenceNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTConsumed represents a Consumed event raised by the LicenceNFT contract.
type LicenceNFTConsumed struct {
	Id        *big.Int
	Units     uint64
	ComputeMs uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const LicenceNFTConsumedEventName = "Consumed"

// ContractEventName returns the user-defined event name.
func (LicenceNFTConsumed) ContractEventName() string {
	return LicenceNFTConsumedEventName
}

// UnpackConsumedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Consumed(uint256 indexed id, uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) UnpackConsumedEvent(log *types.Log) (*LicenceNFTConsumed, error) {
	event := "Consumed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTConsumed)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTGranted represents a Granted event raised by the LicenceNFT contract.
type LicenceNFTGranted struct {
	Id           *big.Int
	Licensee     common.Address
	Subject      *big.Int
	Grantor      common.Address
	DataTypes    [][32]byte
	NotBefore    uint64
	ExpiresAt    uint64
	MaxUnits     uint64
	MaxComputeMs uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const LicenceNFTGrantedEventName = "Granted"

// ContractEventName returns the user-defined event name.
func (LicenceNFTGranted) ContractEventName() string {
	return LicenceNFTGrantedEventName
}

// UnpackGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Granted(uint256 indexed id, address indexed licensee, uint256 indexed subject, address grantor, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs)
func (licenceNFT *LicenceNFT) UnpackGrantedEvent(log *types.Log) (*LicenceNFTGranted, error) {
	event := "Granted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTGranted)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTRevoked represents a Revoked event raised by the LicenceNFT contract.
type LicenceNFTRevoked struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const LicenceNFTRevokedEventName = "Revoked"

// ContractEventName returns the user-defined event name.
func (LicenceNFTRevoked) ContractEventName() string {
	return LicenceNFTRevokedEventName
}

// UnpackRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revoked(uint256 indexed id)
func (licenceNFT *LicenceNFT) UnpackRevokedEvent(log *types.Log) (*LicenceNFTRevoked, error) {
	event := "Revoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTRevoked)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTSettlementSet represents a SettlementSet event raised by the LicenceNFT contract.
type LicenceNFTSettlementSet struct {
	Settlement common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const LicenceNFTSettlementSetEventName = "SettlementSet"

// ContractEventName returns the user-defined event name.
func (LicenceNFTSettlementSet) ContractEventName() string {
	return LicenceNFTSettlementSetEventName
}

// UnpackSettlementSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettlementSet(address settlement)
func (licenceNFT *LicenceNFT) UnpackSettlementSetEvent(log *types.Log) (*LicenceNFTSettlementSet, error) {
	event := "SettlementSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTSettlementSet)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTTransfer represents a Transfer event raised by the LicenceNFT contract.
type LicenceNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenceNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (LicenceNFTTransfer) ContractEventName() string {
	return LicenceNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (licenceNFT *LicenceNFT) UnpackTransferEvent(log *types.Log) (*LicenceNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTTransfer)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTUpdateUser represents a UpdateUser event raised by the LicenceNFT contract.
type LicenceNFTUpdateUser struct {
	TokenId *big.Int
	User    common.Address
	Expires uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenceNFTUpdateUserEventName = "UpdateUser"

// ContractEventName returns the user-defined event name.
func (LicenceNFTUpdateUser) ContractEventName() string {
	return LicenceNFTUpdateUserEventName
}

// UnpackUpdateUserEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateUser(uint256 indexed tokenId, address indexed user, uint64 expires)
func (licenceNFT *LicenceNFT) UnpackUpdateUserEvent(log *types.Log) (*LicenceNFTUpdateUser, error) {
	event := "UpdateUser"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTUpdateUser)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (licenceNFT *LicenceNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["AlreadyRevoked"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackAlreadyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["BadWindow"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackBadWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["DeprecatedSubject"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackDeprecatedSubjectError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["InTheFuture"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackInTheFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotFor"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotForError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotGrantor"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotGrantorError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotSettlement"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotSettlementError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotSubjectOwner"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotSubjectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotValid"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotValidError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["OverLimit"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackOverLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["SettlementAlreadySet"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackSettlementAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["UnknownLicence"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackUnknownLicenceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LicenceNFTAlreadyRevoked represents a AlreadyRevoked error raised by the LicenceNFT contract.
type LicenceNFTAlreadyRevoked struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevoked(uint256 id)
func LicenceNFTAlreadyRevokedErrorID() common.Hash {
	return common.HexToHash("0xe80455f57ad40c54dc6f178ebb1c48d3b622503a38c34944ac29a611c9e7e693")
}

// UnpackAlreadyRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevoked(uint256 id)
func (licenceNFT *LicenceNFT) UnpackAlreadyRevokedError(raw []byte) (*LicenceNFTAlreadyRevoked, error) {
	out := new(LicenceNFTAlreadyRevoked)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "AlreadyRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTBadWindow represents a BadWindow error raised by the LicenceNFT contract.
type LicenceNFTBadWindow struct {
	NotBefore uint64
	ExpiresAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWindow(uint64 notBefore, uint64 expiresAt)
func LicenceNFTBadWindowErrorID() common.Hash {
	return common.HexToHash("0xd389761b999a30f3645ace66a4eb9c972f55eebb9c8f6324a16048556b126472")
}

// UnpackBadWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWindow(uint64 notBefore, uint64 expiresAt)
func (licenceNFT *LicenceNFT) UnpackBadWindowError(raw []byte) (*LicenceNFTBadWindow, error) {
	out := new(LicenceNFTBadWindow)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "BadWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTDeprecatedSubject represents a DeprecatedSubject error raised by the LicenceNFT contract.
type LicenceNFTDeprecatedSubject struct {
	Subject *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeprecatedSubject(uint256 subject)
func LicenceNFTDeprecatedSubjectErrorID() common.Hash {
	return common.HexToHash("0xc18cbb74306617cfa9f9d64208edecca9dc80840b86f446e0bc4e3a3b1969ab4")
}

// UnpackDeprecatedSubjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeprecatedSubject(uint256 subject)
func (licenceNFT *LicenceNFT) UnpackDeprecatedSubjectError(raw []byte) (*LicenceNFTDeprecatedSubject, error) {
	out := new(LicenceNFTDeprecatedSubject)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "DeprecatedSubject", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the LicenceNFT contract.
type LicenceNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func LicenceNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (licenceNFT *LicenceNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*LicenceNFTERC721IncorrectOwner, error) {
	out := new(LicenceNFTERC721IncorrectOwner)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the LicenceNFT contract.
type LicenceNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func LicenceNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (licenceNFT *LicenceNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*LicenceNFTERC721InsufficientApproval, error) {
	out := new(LicenceNFTERC721InsufficientApproval)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func LicenceNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidApproverError(raw []byte) (*LicenceNFTERC721InvalidApprover, error) {
	out := new(LicenceNFTERC721InvalidApprover)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func LicenceNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidOperatorError(raw []byte) (*LicenceNFTERC721InvalidOperator, error) {
	out := new(LicenceNFTERC721InvalidOperator)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func LicenceNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidOwnerError(raw []byte) (*LicenceNFTERC721InvalidOwner, error) {
	out := new(LicenceNFTERC721InvalidOwner)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func LicenceNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidReceiverError(raw []byte) (*LicenceNFTERC721InvalidReceiver, error) {
	out := new(LicenceNFTERC721InvalidReceiver)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func LicenceNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidSenderError(raw []byte) (*LicenceNFTERC721InvalidSender, error) {
	out := new(LicenceNFTERC721InvalidSender)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the LicenceNFT contract.
type LicenceNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func LicenceNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (licenceNFT *LicenceNFT) UnpackERC721NonexistentTokenError(raw []byte) (*LicenceNFTERC721NonexistentToken, error) {
	out := new(LicenceNFTERC721NonexistentToken)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTInTheFuture represents a InTheFuture error raised by the LicenceNFT contract.
type LicenceNFTInTheFuture struct {
	At uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InTheFuture(uint64 at)
func LicenceNFTInTheFutureErrorID() common.Hash {
	return common.HexToHash("0xbd2b46c420772a7975836ec8f178e1c10eb99d9903afccfa888798f1bf30fbf2")
}

// UnpackInTheFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InTheFuture(uint64 at)
func (licenceNFT *LicenceNFT) UnpackInTheFutureError(raw []byte) (*LicenceNFTInTheFuture, error) {
	out := new(LicenceNFTInTheFuture)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "InTheFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotDeployer represents a NotDeployer error raised by the LicenceNFT contract.
type LicenceNFTNotDeployer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer()
func LicenceNFTNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x8b906c9700ab2b52dbac68ba97746b76f841c655b82cbeaeb4a267404c6dd944")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer()
func (licenceNFT *LicenceNFT) UnpackNotDeployerError(raw []byte) (*LicenceNFTNotDeployer, error) {
	out := new(LicenceNFTNotDeployer)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotFor represents a NotFor error raised by the LicenceNFT contract.
type LicenceNFTNotFor struct {
	Id      *big.Int
	User    common.Address
	Subject *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFor(uint256 id, address user, uint256 subject)
func LicenceNFTNotForErrorID() common.Hash {
	return common.HexToHash("0x2d0983dc3e189e7bf1fe278355abc44dd0370c8c2446439cbc6861d6e9a68ec9")
}

// UnpackNotForError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFor(uint256 id, address user, uint256 subject)
func (licenceNFT *LicenceNFT) UnpackNotForError(raw []byte) (*LicenceNFTNotFor, error) {
	out := new(LicenceNFTNotFor)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotFor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotGrantor represents a NotGrantor error raised by the LicenceNFT contract.
type LicenceNFTNotGrantor struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGrantor(uint256 id)
func LicenceNFTNotGrantorErrorID() common.Hash {
	return common.HexToHash("0x3140c67452460aa9086691d3c081c74d636131f4c9701e1dc8055f7d75d6e641")
}

// UnpackNotGrantorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGrantor(uint256 id)
func (licenceNFT *LicenceNFT) UnpackNotGrantorError(raw []byte) (*LicenceNFTNotGrantor, error) {
	out := new(LicenceNFTNotGrantor)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotGrantor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotSettlement represents a NotSettlement error raised by the LicenceNFT contract.
type LicenceNFTNotSettlement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSettlement()
func LicenceNFTNotSettlementErrorID() common.Hash {
	return common.HexToHash("0xede09f2a61f10d397e02e4ee121ef958b7012fa0a8a10aa4499ee246e6d949a2")
}

// UnpackNotSettlementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSettlement()
func (licenceNFT *LicenceNFT) UnpackNotSettlementError(raw []byte) (*LicenceNFTNotSettlement, error) {
	out := new(LicenceNFTNotSettlement)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotSettlement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotSubjectOwner represents a NotSubjectOwner error raised by the LicenceNFT contract.
type LicenceNFTNotSubjectOwner struct {
	Subject *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubjectOwner(uint256 subject)
func LicenceNFTNotSubjectOwnerErrorID() common.Hash {
	return common.HexToHash("0x0333f398e617ec918e9a66ca447a33750f2b12e700d11b7c29c1e9780d3c95d5")
}

// UnpackNotSubjectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubjectOwner(uint256 subject)
func (licenceNFT *LicenceNFT) UnpackNotSubjectOwnerError(raw []byte) (*LicenceNFTNotSubjectOwner, error) {
	out := new(LicenceNFTNotSubjectOwner)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotSubjectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotValid represents a NotValid error raised by the LicenceNFT contract.
type LicenceNFTNotValid struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValid(uint256 id)
func LicenceNFTNotValidErrorID() common.Hash {
	return common.HexToHash("0x373f4d8c68778647f38db4b47b4e530b24cb6ed54e551b02bce8ac66895acbf7")
}

// UnpackNotValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValid(uint256 id)
func (licenceNFT *LicenceNFT) UnpackNotValidError(raw []byte) (*LicenceNFTNotValid, error) {
	out := new(LicenceNFTNotValid)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTOverLimit represents a OverLimit error raised by the LicenceNFT contract.
type LicenceNFTOverLimit struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverLimit(uint256 id)
func LicenceNFTOverLimitErrorID() common.Hash {
	return common.HexToHash("0xe7f39408705ebf41a4f211e82b3d2f39554e6e72e8a1d994da3ae206a4433a27")
}

// UnpackOverLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverLimit(uint256 id)
func (licenceNFT *LicenceNFT) UnpackOverLimitError(raw []byte) (*LicenceNFTOverLimit, error) {
	out := new(LicenceNFTOverLimit)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "OverLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTSettlementAlreadySet represents a SettlementAlreadySet error raised by the LicenceNFT contract.
type LicenceNFTSettlementAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementAlreadySet()
func LicenceNFTSettlementAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x25846789da7a56de01bb5bc469b19c758fc333cd4969d1f0780fb2b0989f9827")
}

// UnpackSettlementAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementAlreadySet()
func (licenceNFT *LicenceNFT) UnpackSettlementAlreadySetError(raw []byte) (*LicenceNFTSettlementAlreadySet, error) {
	out := new(LicenceNFTSettlementAlreadySet)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "SettlementAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTUnknownLicence represents a UnknownLicence error raised by the LicenceNFT contract.
type LicenceNFTUnknownLicence struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLicence(uint256 id)
func LicenceNFTUnknownLicenceErrorID() common.Hash {
	return common.HexToHash("0x49adf88fa3ade65c21207bf0a82d13251387c72bbd8ce969f4107d9b9d8910c2")
}

// UnpackUnknownLicenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLicence(uint256 id)
func (licenceNFT *LicenceNFT) UnpackUnknownLicenceError(raw []byte) (*LicenceNFTUnknownLicence, error) {
	out := new(LicenceNFTUnknownLicence)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "UnknownLicence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementMetaData contains all meta data concerning the UsageSettlement contract.
var UsageSettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIVersions\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractILicences\",\"name\":\"licences_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"operatorBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"withdrawDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadBps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"DuplicateMandate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LicenceRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"MandateExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"MandateReplaced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"NoMandate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"name\":\"OverCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"OverPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalLapsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"WrongOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes4\",\"name\":\"reason\",\"type\":\"bytes4\"}],\"name\":\"PayerSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes4\",\"name\":\"reason\",\"type\":\"bytes4\"}],\"name\":\"ReceiptSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MANDATE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIPTS_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"spent\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"mandateNonce\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"replacedAt\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"licences\",\"outputs\":[{\"internalType\":\"contractILicences\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"internalType\":\"structUsageSettlement.Mandate\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"mandateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"licence\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"internalType\":\"structUsageSettlement.Receipt[]\",\"name\":\"receipts\",\"type\":\"tuple[]\"}],\"name\":\"receiptsDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIVersions\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"internalType\":\"structUsageSettlement.Mandate[]\",\"name\":\"mandates\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"mandateSigs\",\"type\":\"bytes[]\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"licence\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"internalType\":\"structUsageSettlement.Receipt[]\",\"name\":\"receipts\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"operatorSig\",\"type\":\"bytes\"}],\"name\":\"settleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"withdrawals\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "UsageSettlement",
	Bin: "0x610260604052348015610010575f5ffd5b5060405161366f38038061366f83398101604081905261002f91610274565b604080518082018252601381527f436572655573616765536574746c656d656e7400000000000000000000000000602080830191909152825180840190935260018352603160f81b9083015290610086825f6101cf565b610120526100958160016101cf565b61014052815160208084019190912060e052815190820120610100524660a05261012160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261271061013e61ffff808516908616610310565b111561015d57604051636e549e5960e01b815260040160405180910390fd5b6001600160a01b0384166101845760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0396871661016052948616610180529285166101a052336101c05293166101e05261ffff92831661020052909116610220526001600160401b0316610240526104d9565b5f6020835110156101ea576101e383610201565b90506101fb565b816101f584826103c7565b5060ff90505b92915050565b5f5f829050601f81511115610234578260405163305a27a960e01b815260040161022b9190610481565b60405180910390fd5b805161023f826104b6565b179392505050565b6001600160a01b038116811461025b575f5ffd5b50565b805161ffff8116811461026f575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a03121561028a575f5ffd5b875161029581610247565b60208901519097506102a681610247565b60408901519096506102b781610247565b60608901519095506102c881610247565b93506102d66080890161025e565b92506102e460a0890161025e565b60c08901519092506001600160401b0381168114610300575f5ffd5b8091505092959891949750929550565b808201808211156101fb57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061035757607f821691505b60208210810361037557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103c257805f5260205f20601f840160051c810160208510156103a05750805b601f840160051c820191505b818110156103bf575f81556001016103ac565b50505b505050565b81516001600160401b038111156103e0576103e061032f565b6103f4816103ee8454610343565b8461037b565b6020601f821160018114610426575f831561040f5750848201515b5f19600385901b1c1916600184901b1784556103bf565b5f84815260208120601f198516915b828110156104555787850151825560209485019460019092019101610435565b508482101561047257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610375575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161308c6105e35f395f81816101760152818161060c0152818161093301528181611025015261121301525f81816104a0015261205e01525f81816101ba015261201801525f818161022b015261216301525f818161051f015261085f01525f81816104660152611c1701525f81816103d6015281816123d601528181612485015261250f01525f81816105460152818161072d015281816107ec0152610a8a01525f61231801525f6122e701525f61277801525f61275001525f6126ab01525f6126d501525f6126ff015261308c5ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c80637b103999116100d9578063c410925311610093578063d945af1d1161006e578063d945af1d146104e8578063deda2c7214610507578063f851a4401461051a578063fc0c546a14610541575f5ffd5b8063c41092531461049b578063cebef929146104c2578063d74ef113146104d5575f5ffd5b80637b103999146103d157806384b0196e146103f85780638932bbf61461041357806395850f591461043a578063a199d70a14610461578063b6b55f2514610488575f5ffd5b80634e71d92d1161012a5780634e71d92d1461028c578063558a7297146102945780635e5c06e2146102a75780636d70f7ae1461032b578063745400c91461035d5780637a9262a214610370575f5ffd5b80630288a39c1461017157806324a9d853146101b55780633ccfd60b146101ef578063402914f5146101f957806346904840146102265780634d39c48114610265575b5f5ffd5b6101987f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b6101dc7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016101ac565b6101f7610568565b005b610218610207366004612a20565b60056020525f908152604090205481565b6040519081526020016101ac565b61024d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101ac565b6102187f1d04d8f7f63c75253b53f47af93ef8d7584f1cd95cd1eaab11bbaca4a481dd1081565b6101f76107a7565b6101f76102a2366004612a4f565b610854565b6102f46102b5366004612a20565b60036020525f90815260409020546001600160601b0380821691600160601b81049091169063ffffffff600160c01b8204811691600160e01b90041684565b604080516001600160601b03958616815294909316602085015263ffffffff918216928401929092521660608201526080016101ac565b61034d610339366004612a20565b60026020525f908152604090205460ff1681565b60405190151581526020016101ac565b6101f761036b366004612a86565b6108fc565b6103aa61037e366004612a20565b60046020525f90815260409020546001600160801b03811690600160801b90046001600160401b031682565b604080516001600160801b0390931683526001600160401b039091166020830152016101ac565b61024d7f000000000000000000000000000000000000000000000000000000000000000081565b6104006109ee565b6040516101ac9796959493929190612acb565b6102187f88636194941f637d0690db7f0faea146d91f0a06207ad2e4f858cf0604c51be981565b6102187f5d9840598f3dd7b37223a66c80b72231463a4ea22533b79615b0449c833e521d81565b61024d7f000000000000000000000000000000000000000000000000000000000000000081565b6101f7610496366004612a86565b610a30565b6101dc7f000000000000000000000000000000000000000000000000000000000000000081565b6102186104d0366004612ba8565b610b38565b6101f76104e3366004612c35565b610d37565b6102186104f6366004612a86565b60066020525f908152604090205481565b610218610515366004612d42565b6121b7565b61024d7f000000000000000000000000000000000000000000000000000000000000000081565b61024d7f000000000000000000000000000000000000000000000000000000000000000081565b335f9081526004602090815260408083208151808301909252546001600160801b038116808352600160801b9091046001600160401b03169282019290925291036105c657604051630686827b60e51b815260040160405180910390fd5b80602001516001600160401b031642101561060a57602081015160405163d606d83f60e01b81526001600160401b0390911660048201526024015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681602001516001600160401b031661064c9190612d6f565b421061067c5760208101516040516326f13ced60e21b81526001600160401b039091166004820152602401610601565b335f908152600360205260408120805483519192916001600160601b039091166001600160801b03909116106106bc5781546001600160601b03166106bf565b82515b335f90815260046020526040812080546001600160c01b0319169055835491925082918491906106f99084906001600160601b0316612d82565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555061076433826001600160601b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661227c9092919063ffffffff16565b6040516001600160601b038216815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a2505050565b335f90815260056020526040812054908190036107d7576040516312d37ee560e31b815260040160405180910390fd5b335f8181526005602052604081205561081b907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316908361227c565b60405181815233907fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a906020015b60405180910390a250565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461089d57604051637bfa4b9f60e01b815260040160405180910390fd5b6001600160a01b0382165f81815260026020908152604091829020805460ff191685151590811790915591519182527f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f91015b60405180910390a25050565b80158061090f57506001600160601b0381115b1561092d57604051630686827b60e51b815260040160405180910390fd5b5f6109587f000000000000000000000000000000000000000000000000000000000000000042612da1565b6040805180820182526001600160801b0385811682526001600160401b038481166020808501828152335f81815260048452889020965187549251909516600160801b026001600160c01b03199092169490951693909317929092179093558351878152908101929092529293507fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc91016108f0565b5f6060805f5f5f60606109ff6122e0565b610a07612311565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b335f90815260036020526040902054610a54906001600160601b0390811690612d82565b6001600160601b0316811115610a7d5760405163218e0a0760e01b815260040160405180910390fd5b610ab26001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308461233e565b335f9081526003602052604081208054839290610ad99084906001600160601b0316612dd4565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550336001600160a01b03167f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c48260405161084991815260200190565b5f80826001600160401b03811115610b5257610b52612dc0565b604051908082528060200260200182016040528015610b7b578160200160208202803683370190505b5090505f5b83811015610c9a5736858583818110610b9b57610b9b612df3565b60c0029190910191507f5d9840598f3dd7b37223a66c80b72231463a4ea22533b79615b0449c833e521d9050610bd46020830183612a20565b60208301356040840135610bee6080860160608701612e07565b610bfe60a0870160808801612e07565b610c0e60c0880160a08901612e07565b6040805160208101989098526001600160a01b0390961695870195909552606086019390935260808501919091526001600160401b0390811660a085015290811660c08401521660e08201526101000160405160208183030381529060405280519060200120838381518110610c8657610c86612df3565b602090810291909101015250600101610b80565b50610d2e7f88636194941f637d0690db7f0faea146d91f0a06207ad2e4f858cf0604c51be98683604051602001610cd19190612e2d565b60405160208183030381529060405280519060200120604051602001610d13939291909283526001600160a01b03919091166020830152604082015260600190565b6040516020818303038152906040528051906020012061237d565b95945050505050565b6001600160a01b0385165f9081526002602052604090205460ff16610d7a57604051633b63649d60e11b81526001600160a01b0386166004820152602401610601565b846001600160a01b0316610dcd610d92878787610b38565b84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506123a992505050565b6001600160a01b031614610df457604051635cd5d23360e01b815260040160405180910390fd5b858814610e1457604051635cd5d23360e01b815260040160405180910390fd5b5f886001600160401b03811115610e2d57610e2d612dc0565b604051908082528060200260200182016040528015610ec157816020015b610eae60408051610100810182525f80825260208083018290528284018290526060808401839052608080850184905260a0850184905285519081018652838152918201839052938101829052928301529060c082019081525f60209091015290565b815260200190600190039081610e4b5790505b5090505f5b898110156113ae57368b8b83818110610ee157610ee1612df3565b60c002919091019150610ef990506020820182612a20565b6001600160a01b0316610f6b610f0e836121b7565b8c8c86818110610f2057610f20612df3565b9050602002810190610f329190612e62565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506123a992505050565b6001600160a01b031614610f9257604051635cd5d23360e01b815260040160405180910390fd5b5f610fa36040830160208401612a20565b6001600160a01b031614158015610fdb57506001600160a01b038816610fcf6040830160208401612a20565b6001600160a01b031614155b1561101a57610fed6020820182612a20565b6040516333a25b8560e21b81526001600160a01b0391821660048201529089166024820152604401610601565b426001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661105560a0840160808501612e07565b6001600160401b03166110689190612d6f565b10156110a05761107b6020820182612a20565b6040516311b9ba5160e21b81526001600160a01b039091166004820152602401610601565b5f5b82811015611125576110b76020830183612a20565b6001600160a01b03168482815181106110d2576110d2612df3565b60200260200101515f01516001600160a01b03160361111d576110f86020830183612a20565b604051633a6b68d960e11b81526001600160a01b039091166004820152602401610601565b6001016110a2565b505f6003816111376020850185612a20565b6001600160a01b0316815260208082019290925260409081015f90812082516080808201855291546001600160601b038082168352600160601b8204169582019590955263ffffffff600160c01b8604811694820194909452600160e01b90940490921660608401529192506111b39060a08501908501612e07565b604083015190915063ffffffff166111d160c0850160a08601612ea4565b63ffffffff1610156112d457604082015163ffffffff166111f860c0850160a08601612ea4565b611203906001612ec7565b63ffffffff1614158061125457507f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316826060015163ffffffff166112509190612d6f565b4210155b1561129b576112666020840184612a20565b60408084015190516355bbe01b60e11b81526001600160a01b03909216600483015263ffffffff166024820152604401610601565b806001600160401b0316826060015163ffffffff16116112cf57600182606001516112c69190612ee3565b63ffffffff1690505b611320565b604082015163ffffffff166112ef60c0850160a08601612ea4565b63ffffffff1611156113205761130b60c0840160a08501612ea4565b63ffffffff9081166040840152421660608301525b6040805161010081019091528061133a6020860186612a20565b6001600160a01b031681526020018460400135815260200184606001358152602001826001600160401b031681526020015f81526020015f81526020018381526020015f151581525085858151811061139557611395612df3565b6020026020010181905250505050806001019050610ec6565b505f846001600160401b038111156113c8576113c8612dc0565b60405190808252806020026020018201604052801561143157816020015b61141e6040518060a001604052805f81526020015f6001600160a01b031681526020015f81526020015f151581526020015f81525090565b8152602001906001900390816113e65790505b5090505f856001600160401b0381111561144d5761144d612dc0565b6040519080825280602002602001820160405280156114d257816020015b6114bf6040518061010001604052805f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f151581525090565b81526020019060019003908161146b5790505b5090505f5f5b87811015611a4e57368989838181106114f3576114f3612df3565b905060c0020190505f84838151811061150e5761150e612df3565b60200260200101519050815f01602081019061152a9190612a20565b604080516001600160a01b0392831660208281019190915285013591810191909152908d16606082015260800160408051601f1981840301815291815281516020928301208084525f9081526006909252908190205490819081901c6001600160401b0382166115a06080870160608801612e07565b6001600160401b0316111580156115d857506001600160401b0381166115cc60a0870160808801612e07565b6001600160401b031611155b156115f2575050600160e09092019190915250611a469050565b6001600160401b03821661160c6080870160608801612e07565b6001600160401b031611611620575f61163b565b816116316080870160608801612e07565b61163b9190612eff565b6001600160401b039081166040860152811661165d60a0870160808801612e07565b6001600160401b031611611671575f61168c565b8061168260a0870160808801612e07565b61168c9190612eff565b6001600160401b0316606085018190526040906116aa908390612da1565b6001600160401b0316901b8285604001516116c59190612da1565b6001600160401b03161760208501525f5b8a518110801561172057506116ee6020870187612a20565b6001600160a01b03168b828151811061170957611709612df3565b60200260200101515f01516001600160a01b031614155b156117355761172e81612f1e565b90506116d6565b5f5b8881108015611766575086602001358b828151811061175857611758612df3565b60200260200101515f015114155b1561177b5761177481612f1e565b9050611737565b8881036117fb575f5f5f6117928a602001356123d1565b9250925092506040518060a001604052808b602001358152602001846001600160a01b0316815260200183815260200182151581526020015f8152508e85815181106117e0576117e0612df3565b60200260200101819052508b6117f590612f1e565b9b505050505b6080860182905260a086018190528b515f908303611821575063089cbe2560e11b611947565b8c838151811061183357611833612df3565b6020026020010151606001516001600160401b03168860a001602081019061185b9190612e07565b6001600160401b0316111561187857506311b9ba5160e21b611947565b5f6001600160a01b03168c838151811061189457611894612df3565b6020026020010151602001516001600160a01b0316036118bc5750632369a9a960e21b611947565b8c83815181106118ce576118ce612df3565b6020026020010151604001518c83815181106118ec576118ec612df3565b602002602001015160400151111561190c575063d9c3017d60e01b611947565b604088013515801561193857508b828151811061192b5761192b612df3565b6020026020010151606001515b156119475750632b3db9cf60e01b5b6001600160e01b03198116156119d157600160e08801526020880180359061196f908a612a20565b6001600160a01b03167f7177c785aa2aacd279f028e398c469c69145a98d43f7b9160f16998bdf5599318b846040516119bc9291909182526001600160e01b031916602082015260400190565b60405180910390a35050505050505050611a46565b8b82815181106119e3576119e3612df3565b60200260200101516040015187604001516001600160401b0316611a079190612f36565b60c088018190528d518e9085908110611a2257611a22612df3565b6020026020010151608001818151611a3a9190612d6f565b90525050505050505050505b6001016114d8565b505f5b8451811015611b86575f858281518110611a6d57611a6d612df3565b602002602001015190505f8160c0015190505f8260200151836080015183602001516001600160601b0316611aa29190612d6f565b1115611ab657506311c8c95560e31b611b08565b608083015160208301516001600160601b0391611ad4918316612d6f565b1115611ae8575063218e0a0760e01b611b08565b608083015182516001600160601b03161015611b085750632d3d15b760e21b5b6001600160e01b0319811615611b7557600160e084015282516080840151604080519182526001600160e01b0319841660208301526001600160a01b03909216917f219064a35b7b7d6af3452c8bd7e2db81ac209b0db54c2f5df5a9a6ddc3388975910160405180910390a25b50505f608090910152600101611a51565b505f5b87811015611e62575f838281518110611ba457611ba4612df3565b602002602001015190508060e0015180611bdc575085816080015181518110611bcf57611bcf612df3565b602002602001015160e001515b15611be75750611e5a565b368a8a84818110611bfa57611bfa612df3565b905060c00201905080604001355f14611d8d576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663ca78e39d6040830135611c4e6020850185612a20565b6040860151606087015160208701359190611c6f60c0890160a08a01612e07565b6040516001600160e01b031960e089901b16815260048101969096526001600160a01b03909416602486015260448501929092526001600160401b03908116606485015290811660848401521660a482015260c4015f604051808303815f87803b158015611cdb575f5ffd5b505af1925050508015611cec575060015b611d8d573d808015611d19576040519150601f19603f3d011682016040523d82523d5f602084013e611d1e565b606091505b5060208201803590611d309084612a20565b6001600160a01b03167f7177c785aa2aacd279f028e398c469c69145a98d43f7b9160f16998bdf55993186611d6485612f4d565b604080519283526001600160e01b031990911660208301520160405180910390a3505050611e5a565b60208083015183515f908152600690925260409091205560c0820151608083015188518991908110611dc157611dc1612df3565b6020026020010151608001818151611dd99190612d6f565b9150818152505081604001516001600160401b031687836080015181518110611e0457611e04612df3565b602002602001015160a001818151611e1c9190612d6f565b90525060c082015160a083015187518891908110611e3c57611e3c612df3565b6020026020010151608001818151611e549190612d6f565b90525050505b600101611b89565b505f5b8451811015611fe4575f858281518110611e8157611e81612df3565b602002602001015190505f8160c00151905081608001515f14611f5157608082015181518290611eb2908390612d82565b6001600160601b03169052506080820151602082018051611ed4908390612dd4565b9150906001600160601b031690816001600160601b0316815250508b6001600160a01b0316825f01516001600160a01b03167f16c41a749cf94bd479b1fc5d82a6eb4557d71262f15dc382d2cf6f1eb3d68e8e84608001518560a00151604051611f48929190918252602082015260400190565b60405180910390a35b90516001600160a01b03165f908152600360209081526040918290208351815492850151938501516060909501516001600160601b039182166001600160c01b031990941693909317600160601b9190941602929092176001600160c01b0316600160c01b63ffffffff948516026001600160e01b031617600160e01b9390911692909202919091179055600101611e65565b505f5f5f5b8381101561211f575f86828151811061200457612004612df3565b60200260200101516080015190505f6127107f000000000000000000000000000000000000000000000000000000000000000061ffff16836120469190612f36565b6120509190612f8b565b90505f61271061208461ffff7f00000000000000000000000000000000000000000000000000000000000000001685612f36565b61208e9190612f8b565b905061209a8287612d6f565b95506120a68186612d6f565b9450806120b38385612faa565b6120bd9190612faa565b60055f8b87815181106120d2576120d2612df3565b6020026020010151602001516001600160a01b03166001600160a01b031681526020019081526020015f205f82825461210b9190612d6f565b909155505060019093019250611fe9915050565b508015612153576001600160a01b038b165f908152600560205260408120805483929061214d908490612d6f565b90915550505b81156121a6576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f90815260056020526040812080548492906121a0908490612d6f565b90915550505b505050505050505050505050505050565b5f6122767f1d04d8f7f63c75253b53f47af93ef8d7584f1cd95cd1eaab11bbaca4a481dd106121e96020850185612a20565b6121f96040860160208701612a20565b6040860135606087013561221360a0890160808a01612e07565b61222360c08a0160a08b01612ea4565b6040805160208101989098526001600160a01b0396871690880152949093166060860152608085019190915260a08401526001600160401b031660c083015263ffffffff1660e082015261010001610d13565b92915050565b6040516001600160a01b038381166024830152604482018390526122db91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061258a565b505050565b606061230c7f00000000000000000000000000000000000000000000000000000000000000005f6125f6565b905090565b606061230c7f000000000000000000000000000000000000000000000000000000000000000060016125f6565b6040516001600160a01b0384811660248301528381166044830152606482018390526123779186918216906323b872dd906084016122a9565b50505050565b5f61227661238961269f565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f6123b786866127c8565b9250925092506123c78282612811565b5090949350505050565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636352211e856040518263ffffffff1660e01b815260040161242291815260200190565b602060405180830381865afa92505050801561245b575060408051601f3d908101601f1916820190925261245891810190612fbd565b60015b61246c57505f915081905080612583565b60405163b9186d7d60e01b8152600481018690529093507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b9186d7d90602401602060405180830381865afa1580156124d2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124f69190612fd8565b604051634eac3fe160e01b8152600481018690529092507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634eac3fe190602401602060405180830381865afa15801561255c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125809190612fef565b90505b9193909250565b5f5f60205f8451602086015f885af1806125a9576040513d5f823e3d81fd5b50505f513d915081156125c05780600114156125cd565b6001600160a01b0384163b155b1561237757604051635274afe760e01b81526001600160a01b0385166004820152602401610601565b606060ff831461261057612609836128cd565b9050612276565b81805461261c9061300a565b80601f01602080910402602001604051908101604052809291908181526020018280546126489061300a565b80156126935780601f1061266a57610100808354040283529160200191612693565b820191905f5260205f20905b81548152906001019060200180831161267657829003601f168201915b50505050509050612276565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156126f757507f000000000000000000000000000000000000000000000000000000000000000046145b1561272157507f000000000000000000000000000000000000000000000000000000000000000090565b61230c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f83516041036127ff576020840151604085015160608601515f1a6127f18882858561290a565b95509550955050505061280a565b505081515f91506002905b9250925092565b5f82600381111561282457612824613042565b0361282d575050565b600182600381111561284157612841613042565b0361285f5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561287357612873613042565b036128945760405163fce698f760e01b815260048101829052602401610601565b60038260038111156128a8576128a8613042565b036128c9576040516335e2f38360e21b815260048101829052602401610601565b5050565b60605f6128d9836129d2565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561294357505f915060039050826129c8565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612994573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166129bf57505f9250600191508290506129c8565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561227657604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b0381168114612a0d575f5ffd5b50565b8035612a1b816129f9565b919050565b5f60208284031215612a30575f5ffd5b8135612a3b816129f9565b9392505050565b8015158114612a0d575f5ffd5b5f5f60408385031215612a60575f5ffd5b8235612a6b816129f9565b91506020830135612a7b81612a42565b809150509250929050565b5f60208284031215612a96575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f612ae960e0830189612a9d565b8281036040840152612afb8189612a9d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612b50578351835260209384019390920191600101612b32565b50909b9a5050505050505050505050565b5f5f83601f840112612b71575f5ffd5b5081356001600160401b03811115612b87575f5ffd5b60208301915083602060c083028501011115612ba1575f5ffd5b9250929050565b5f5f5f60408486031215612bba575f5ffd5b8335612bc5816129f9565b925060208401356001600160401b03811115612bdf575f5ffd5b612beb86828701612b61565b9497909650939450505050565b5f5f83601f840112612c08575f5ffd5b5081356001600160401b03811115612c1e575f5ffd5b602083019150836020828501011115612ba1575f5ffd5b5f5f5f5f5f5f5f5f5f60a08a8c031215612c4d575f5ffd5b89356001600160401b03811115612c62575f5ffd5b612c6e8c828d01612b61565b909a5098505060208a01356001600160401b03811115612c8c575f5ffd5b8a01601f81018c13612c9c575f5ffd5b80356001600160401b03811115612cb1575f5ffd5b8c60208260051b8401011115612cc5575f5ffd5b60209190910197509550612cdb60408b01612a10565b945060608a01356001600160401b03811115612cf5575f5ffd5b612d018c828d01612b61565b90955093505060808a01356001600160401b03811115612d1f575f5ffd5b612d2b8c828d01612bf8565b915080935050809150509295985092959850929598565b5f60c0828403128015612d53575f5ffd5b509092915050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561227657612276612d5b565b6001600160601b03828116828216039081111561227657612276612d5b565b6001600160401b03818116838216019081111561227657612276612d5b565b634e487b7160e01b5f52604160045260245ffd5b6001600160601b03818116838216019081111561227657612276612d5b565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215612e17575f5ffd5b81356001600160401b0381168114612a3b575f5ffd5b81515f90829060208501835b82811015612e57578151845260209384019390910190600101612e39565b509195945050505050565b5f5f8335601e19843603018112612e77575f5ffd5b8301803591506001600160401b03821115612e90575f5ffd5b602001915036819003821315612ba1575f5ffd5b5f60208284031215612eb4575f5ffd5b813563ffffffff81168114612a3b575f5ffd5b63ffffffff818116838216019081111561227657612276612d5b565b63ffffffff828116828216039081111561227657612276612d5b565b6001600160401b03828116828216039081111561227657612276612d5b565b5f60018201612f2f57612f2f612d5b565b5060010190565b808202811582820484141761227657612276612d5b565b805160208201516001600160e01b0319811691906004821015612f84576001600160e01b0319600483900360031b81901b82161692505b5050919050565b5f82612fa557634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561227657612276612d5b565b5f60208284031215612fcd575f5ffd5b8151612a3b816129f9565b5f60208284031215612fe8575f5ffd5b5051919050565b5f60208284031215612fff575f5ffd5b8151612a3b81612a42565b600181811c9082168061301e57607f821691505b60208210810361303c57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220e7c5f73797da3fe06e64cb25027fd624dd674d80003042cbce605813fea7a3b864736f6c634300081e0033",
}

// UsageSettlement is an auto generated Go binding around an Ethereum contract.
type UsageSettlement struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *UsageSettlement) GetABI() abi.ABI {
	return c.abi
}

// NewUsageSettlement creates a new instance of UsageSettlement.
func NewUsageSettlement() *UsageSettlement {
	parsed, err := UsageSettlementMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &UsageSettlement{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *UsageSettlement) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address registry_, address licences_, address feeRecipient_, uint16 feeBps_, uint16 operatorBps_, uint64 withdrawDelay_) returns()
func (usageSettlement *UsageSettlement) PackConstructor(token_ common.Address, registry_ common.Address, licences_ common.Address, feeRecipient_ common.Address, feeBps_ uint16, operatorBps_ uint16, withdrawDelay_ uint64) []byte {
	enc, err := usageSettlement.abi.Pack("", token_, registry_, licences_, feeRecipient_, feeBps_, operatorBps_, withdrawDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMANDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d39c481.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MANDATE_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) PackMANDATETYPEHASH() []byte {
	enc, err := usageSettlement.abi.Pack("MANDATE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMANDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d39c481.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MANDATE_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackMANDATETYPEHASH() ([]byte, error) {
	return usageSettlement.abi.Pack("MANDATE_TYPEHASH")
}

// UnpackMANDATETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d39c481.
//
// Solidity: function MANDATE_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackMANDATETYPEHASH(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("MANDATE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRECEIPTSTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8932bbf6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIPTS_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) PackRECEIPTSTYPEHASH() []byte {
	enc, err := usageSettlement.abi.Pack("RECEIPTS_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIPTSTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8932bbf6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIPTS_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackRECEIPTSTYPEHASH() ([]byte, error) {
	return usageSettlement.abi.Pack("RECEIPTS_TYPEHASH")
}

// UnpackRECEIPTSTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8932bbf6.
//
// Solidity: function RECEIPTS_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackRECEIPTSTYPEHASH(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("RECEIPTS_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) PackRECEIPTTYPEHASH() []byte {
	enc, err := usageSettlement.abi.Pack("RECEIPT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackRECEIPTTYPEHASH() ([]byte, error) {
	return usageSettlement.abi.Pack("RECEIPT_TYPEHASH")
}

// UnpackRECEIPTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95850f59.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackRECEIPTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("RECEIPT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e5c06e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accounts(address ) view returns(uint96 escrow, uint96 spent, uint32 mandateNonce, uint32 replacedAt)
func (usageSettlement *UsageSettlement) PackAccounts(arg0 common.Address) []byte {
	enc, err := usageSettlement.abi.Pack("accounts", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e5c06e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accounts(address ) view returns(uint96 escrow, uint96 spent, uint32 mandateNonce, uint32 replacedAt)
func (usageSettlement *UsageSettlement) TryPackAccounts(arg0 common.Address) ([]byte, error) {
	return usageSettlement.abi.Pack("accounts", arg0)
}

// AccountsOutput serves as a container for the return parameters of contract
// method Accounts.
type AccountsOutput struct {
	Escrow       *big.Int
	Spent        *big.Int
	MandateNonce uint32
	ReplacedAt   uint32
}

// UnpackAccounts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e5c06e2.
//
// Solidity: function accounts(address ) view returns(uint96 escrow, uint96 spent, uint32 mandateNonce, uint32 replacedAt)
func (usageSettlement *UsageSettlement) UnpackAccounts(data []byte) (AccountsOutput, error) {
	out, err := usageSettlement.abi.Unpack("accounts", data)
	outstruct := new(AccountsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Escrow = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Spent = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.MandateNonce = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.ReplacedAt = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (usageSettlement *UsageSettlement) PackAdmin() []byte {
	enc, err := usageSettlement.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (usageSettlement *UsageSettlement) TryPackAdmin() ([]byte, error) {
	return usageSettlement.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (usageSettlement *UsageSettlement) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (usageSettlement *UsageSettlement) PackClaim() []byte {
	enc, err := usageSettlement.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (usageSettlement *UsageSettlement) TryPackClaim() ([]byte, error) {
	return usageSettlement.abi.Pack("claim")
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address ) view returns(uint256)
func (usageSettlement *UsageSettlement) PackClaimable(arg0 common.Address) []byte {
	enc, err := usageSettlement.abi.Pack("claimable", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address ) view returns(uint256)
func (usageSettlement *UsageSettlement) TryPackClaimable(arg0 common.Address) ([]byte, error) {
	return usageSettlement.abi.Pack("claimable", arg0)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402914f5.
//
// Solidity: function claimable(address ) view returns(uint256)
func (usageSettlement *UsageSettlement) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := usageSettlement.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (usageSettlement *UsageSettlement) PackDeposit(amount *big.Int) []byte {
	enc, err := usageSettlement.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (usageSettlement *UsageSettlement) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return usageSettlement.abi.Pack("deposit", amount)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (usageSettlement *UsageSettlement) PackEip712Domain() []byte {
	enc, err := usageSettlement.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (usageSettlement *UsageSettlement) TryPackEip712Domain() ([]byte, error) {
	return usageSettlement.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (usageSettlement *UsageSettlement) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := usageSettlement.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (usageSettlement *UsageSettlement) PackFeeBps() []byte {
	enc, err := usageSettlement.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (usageSettlement *UsageSettlement) TryPackFeeBps() ([]byte, error) {
	return usageSettlement.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (usageSettlement *UsageSettlement) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := usageSettlement.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (usageSettlement *UsageSettlement) PackFeeRecipient() []byte {
	enc, err := usageSettlement.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (usageSettlement *UsageSettlement) TryPackFeeRecipient() ([]byte, error) {
	return usageSettlement.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (usageSettlement *UsageSettlement) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d70f7ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperator(address ) view returns(bool)
func (usageSettlement *UsageSettlement) PackIsOperator(arg0 common.Address) []byte {
	enc, err := usageSettlement.abi.Pack("isOperator", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d70f7ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperator(address ) view returns(bool)
func (usageSettlement *UsageSettlement) TryPackIsOperator(arg0 common.Address) ([]byte, error) {
	return usageSettlement.abi.Pack("isOperator", arg0)
}

// UnpackIsOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d70f7ae.
//
// Solidity: function isOperator(address ) view returns(bool)
func (usageSettlement *UsageSettlement) UnpackIsOperator(data []byte) (bool, error) {
	out, err := usageSettlement.abi.Unpack("isOperator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicences is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa199d70a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licences() view returns(address)
func (usageSettlement *UsageSettlement) PackLicences() []byte {
	enc, err := usageSettlement.abi.Pack("licences")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicences is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa199d70a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licences() view returns(address)
func (usageSettlement *UsageSettlement) TryPackLicences() ([]byte, error) {
	return usageSettlement.abi.Pack("licences")
}

// UnpackLicences is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa199d70a.
//
// Solidity: function licences() view returns(address)
func (usageSettlement *UsageSettlement) UnpackLicences(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("licences", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMandateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeda2c72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mandateDigest((address,address,uint256,uint256,uint64,uint32) m) view returns(bytes32)
func (usageSettlement *UsageSettlement) PackMandateDigest(m UsageSettlementMandate) []byte {
	enc, err := usageSettlement.abi.Pack("mandateDigest", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMandateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeda2c72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mandateDigest((address,address,uint256,uint256,uint64,uint32) m) view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackMandateDigest(m UsageSettlementMandate) ([]byte, error) {
	return usageSettlement.abi.Pack("mandateDigest", m)
}

// UnpackMandateDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeda2c72.
//
// Solidity: function mandateDigest((address,address,uint256,uint256,uint64,uint32) m) view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackMandateDigest(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("mandateDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOperatorBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4109253.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorBps() view returns(uint16)
func (usageSettlement *UsageSettlement) PackOperatorBps() []byte {
	enc, err := usageSettlement.abi.Pack("operatorBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4109253.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorBps() view returns(uint16)
func (usageSettlement *UsageSettlement) TryPackOperatorBps() ([]byte, error) {
	return usageSettlement.abi.Pack("operatorBps")
}

// UnpackOperatorBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4109253.
//
// Solidity: function operatorBps() view returns(uint16)
func (usageSettlement *UsageSettlement) UnpackOperatorBps(data []byte) (uint16, error) {
	out, err := usageSettlement.abi.Unpack("operatorBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackReceiptsDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcebef929.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptsDigest(address operator, (address,uint256,uint256,uint64,uint64,uint64)[] receipts) view returns(bytes32)
func (usageSettlement *UsageSettlement) PackReceiptsDigest(operator common.Address, receipts []UsageSettlementReceipt) []byte {
	enc, err := usageSettlement.abi.Pack("receiptsDigest", operator, receipts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptsDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcebef929.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptsDigest(address operator, (address,uint256,uint256,uint64,uint64,uint64)[] receipts) view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackReceiptsDigest(operator common.Address, receipts []UsageSettlementReceipt) ([]byte, error) {
	return usageSettlement.abi.Pack("receiptsDigest", operator, receipts)
}

// UnpackReceiptsDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcebef929.
//
// Solidity: function receiptsDigest(address operator, (address,uint256,uint256,uint64,uint64,uint64)[] receipts) view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackReceiptsDigest(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("receiptsDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (usageSettlement *UsageSettlement) PackRegistry() []byte {
	enc, err := usageSettlement.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (usageSettlement *UsageSettlement) TryPackRegistry() ([]byte, error) {
	return usageSettlement.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (usageSettlement *UsageSettlement) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (usageSettlement *UsageSettlement) PackRequestWithdraw(amount *big.Int) []byte {
	enc, err := usageSettlement.abi.Pack("requestWithdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (usageSettlement *UsageSettlement) TryPackRequestWithdraw(amount *big.Int) ([]byte, error) {
	return usageSettlement.abi.Pack("requestWithdraw", amount)
}

// PackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperator(address operator, bool registered) returns()
func (usageSettlement *UsageSettlement) PackSetOperator(operator common.Address, registered bool) []byte {
	enc, err := usageSettlement.abi.Pack("setOperator", operator, registered)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperator(address operator, bool registered) returns()
func (usageSettlement *UsageSettlement) TryPackSetOperator(operator common.Address, registered bool) ([]byte, error) {
	return usageSettlement.abi.Pack("setOperator", operator, registered)
}

// PackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd74ef113.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBatch((address,address,uint256,uint256,uint64,uint32)[] mandates, bytes[] mandateSigs, address operator, (address,uint256,uint256,uint64,uint64,uint64)[] receipts, bytes operatorSig) returns()
func (usageSettlement *UsageSettlement) PackSettleBatch(mandates []UsageSettlementMandate, mandateSigs [][]byte, operator common.Address, receipts []UsageSettlementReceipt, operatorSig []byte) []byte {
	enc, err := usageSettlement.abi.Pack("settleBatch", mandates, mandateSigs, operator, receipts, operatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd74ef113.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBatch((address,address,uint256,uint256,uint64,uint32)[] mandates, bytes[] mandateSigs, address operator, (address,uint256,uint256,uint64,uint64,uint64)[] receipts, bytes operatorSig) returns()
func (usageSettlement *UsageSettlement) TryPackSettleBatch(mandates []UsageSettlementMandate, mandateSigs [][]byte, operator common.Address, receipts []UsageSettlementReceipt, operatorSig []byte) ([]byte, error) {
	return usageSettlement.abi.Pack("settleBatch", mandates, mandateSigs, operator, receipts, operatorSig)
}

// PackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd945af1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settled(bytes32 ) view returns(uint256)
func (usageSettlement *UsageSettlement) PackSettled(arg0 [32]byte) []byte {
	enc, err := usageSettlement.abi.Pack("settled", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd945af1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settled(bytes32 ) view returns(uint256)
func (usageSettlement *UsageSettlement) TryPackSettled(arg0 [32]byte) ([]byte, error) {
	return usageSettlement.abi.Pack("settled", arg0)
}

// UnpackSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd945af1d.
//
// Solidity: function settled(bytes32 ) view returns(uint256)
func (usageSettlement *UsageSettlement) UnpackSettled(data []byte) (*big.Int, error) {
	out, err := usageSettlement.abi.Unpack("settled", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (usageSettlement *UsageSettlement) PackToken() []byte {
	enc, err := usageSettlement.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (usageSettlement *UsageSettlement) TryPackToken() ([]byte, error) {
	return usageSettlement.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (usageSettlement *UsageSettlement) UnpackToken(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (usageSettlement *UsageSettlement) PackWithdraw() []byte {
	enc, err := usageSettlement.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (usageSettlement *UsageSettlement) TryPackWithdraw() ([]byte, error) {
	return usageSettlement.abi.Pack("withdraw")
}

// PackWithdrawDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0288a39c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawDelay() view returns(uint64)
func (usageSettlement *UsageSettlement) PackWithdrawDelay() []byte {
	enc, err := usageSettlement.abi.Pack("withdrawDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0288a39c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawDelay() view returns(uint64)
func (usageSettlement *UsageSettlement) TryPackWithdrawDelay() ([]byte, error) {
	return usageSettlement.abi.Pack("withdrawDelay")
}

// UnpackWithdrawDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0288a39c.
//
// Solidity: function withdrawDelay() view returns(uint64)
func (usageSettlement *UsageSettlement) UnpackWithdrawDelay(data []byte) (uint64, error) {
	out, err := usageSettlement.abi.Unpack("withdrawDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a9262a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawals(address ) view returns(uint128 amount, uint64 readyAt)
func (usageSettlement *UsageSettlement) PackWithdrawals(arg0 common.Address) []byte {
	enc, err := usageSettlement.abi.Pack("withdrawals", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a9262a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawals(address ) view returns(uint128 amount, uint64 readyAt)
func (usageSettlement *UsageSettlement) TryPackWithdrawals(arg0 common.Address) ([]byte, error) {
	return usageSettlement.abi.Pack("withdrawals", arg0)
}

// WithdrawalsOutput serves as a container for the return parameters of contract
// method Withdrawals.
type WithdrawalsOutput struct {
	Amount  *big.Int
	ReadyAt uint64
}

// UnpackWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a9262a2.
//
// Solidity: function withdrawals(address ) view returns(uint128 amount, uint64 readyAt)
func (usageSettlement *UsageSettlement) UnpackWithdrawals(data []byte) (WithdrawalsOutput, error) {
	out, err := usageSettlement.abi.Unpack("withdrawals", data)
	outstruct := new(WithdrawalsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ReadyAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// UsageSettlementClaimed represents a Claimed event raised by the UsageSettlement contract.
type UsageSettlementClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const UsageSettlementClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (UsageSettlementClaimed) ContractEventName() string {
	return UsageSettlementClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, uint256 amount)
func (usageSettlement *UsageSettlement) UnpackClaimedEvent(log *types.Log) (*UsageSettlementClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementClaimed)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementDeposited represents a Deposited event raised by the UsageSettlement contract.
type UsageSettlementDeposited struct {
	Payer  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const UsageSettlementDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (UsageSettlementDeposited) ContractEventName() string {
	return UsageSettlementDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed payer, uint256 amount)
func (usageSettlement *UsageSettlement) UnpackDepositedEvent(log *types.Log) (*UsageSettlementDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementDeposited)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementEIP712DomainChanged represents a EIP712DomainChanged event raised by the UsageSettlement contract.
type UsageSettlementEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const UsageSettlementEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (UsageSettlementEIP712DomainChanged) ContractEventName() string {
	return UsageSettlementEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (usageSettlement *UsageSettlement) UnpackEIP712DomainChangedEvent(log *types.Log) (*UsageSettlementEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementOperatorSet represents a OperatorSet event raised by the UsageSettlement contract.
type UsageSettlementOperatorSet struct {
	Operator   common.Address
	Registered bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const UsageSettlementOperatorSetEventName = "OperatorSet"

// ContractEventName returns the user-defined event name.
func (UsageSettlementOperatorSet) ContractEventName() string {
	return UsageSettlementOperatorSetEventName
}

// UnpackOperatorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorSet(address indexed operator, bool registered)
func (usageSettlement *UsageSettlement) UnpackOperatorSetEvent(log *types.Log) (*UsageSettlementOperatorSet, error) {
	event := "OperatorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementOperatorSet)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementPayerSkipped represents a PayerSkipped event raised by the UsageSettlement contract.
type UsageSettlementPayerSkipped struct {
	Payer  common.Address
	Due    *big.Int
	Reason [4]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const UsageSettlementPayerSkippedEventName = "PayerSkipped"

// ContractEventName returns the user-defined event name.
func (UsageSettlementPayerSkipped) ContractEventName() string {
	return UsageSettlementPayerSkippedEventName
}

// UnpackPayerSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayerSkipped(address indexed payer, uint256 due, bytes4 reason)
func (usageSettlement *UsageSettlement) UnpackPayerSkippedEvent(log *types.Log) (*UsageSettlementPayerSkipped, error) {
	event := "PayerSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementPayerSkipped)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementReceiptSkipped represents a ReceiptSkipped event raised by the UsageSettlement contract.
type UsageSettlementReceiptSkipped struct {
	Index   *big.Int
	Payer   common.Address
	Version *big.Int
	Reason  [4]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const UsageSettlementReceiptSkippedEventName = "ReceiptSkipped"

// ContractEventName returns the user-defined event name.
func (UsageSettlementReceiptSkipped) ContractEventName() string {
	return UsageSettlementReceiptSkippedEventName
}

// UnpackReceiptSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptSkipped(uint256 index, address indexed payer, uint256 indexed version, bytes4 reason)
func (usageSettlement *UsageSettlement) UnpackReceiptSkippedEvent(log *types.Log) (*UsageSettlementReceiptSkipped, error) {
	event := "ReceiptSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementReceiptSkipped)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementSettled represents a Settled event raised by the UsageSettlement contract.
type UsageSettlementSettled struct {
	Payer    common.Address
	Operator common.Address
	Amount   *big.Int
	Units    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const UsageSettlementSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (UsageSettlementSettled) ContractEventName() string {
	return UsageSettlementSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(address indexed payer, address indexed operator, uint256 amount, uint256 units)
func (usageSettlement *UsageSettlement) UnpackSettledEvent(log *types.Log) (*UsageSettlementSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementSettled)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementWithdrawalRequested represents a WithdrawalRequested event raised by the UsageSettlement contract.
type UsageSettlementWithdrawalRequested struct {
	Payer   common.Address
	Amount  *big.Int
	ReadyAt uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const UsageSettlementWithdrawalRequestedEventName = "WithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (UsageSettlementWithdrawalRequested) ContractEventName() string {
	return UsageSettlementWithdrawalRequestedEventName
}

// UnpackWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalRequested(address indexed payer, uint256 amount, uint64 readyAt)
func (usageSettlement *UsageSettlement) UnpackWithdrawalRequestedEvent(log *types.Log) (*UsageSettlementWithdrawalRequested, error) {
	event := "WithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementWithdrawn represents a Withdrawn event raised by the UsageSettlement contract.
type UsageSettlementWithdrawn struct {
	Payer  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const UsageSettlementWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (UsageSettlementWithdrawn) ContractEventName() string {
	return UsageSettlementWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payer, uint256 amount)
func (usageSettlement *UsageSettlement) UnpackWithdrawnEvent(log *types.Log) (*UsageSettlementWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementWithdrawn)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (usageSettlement *UsageSettlement) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["BadBps"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackBadBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["DuplicateMandate"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackDuplicateMandateError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["LicenceRequired"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackLicenceRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["MandateExpired"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackMandateExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["MandateReplaced"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackMandateReplacedError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NoMandate"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNoMandateError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["OverCap"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackOverCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["OverPrice"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackOverPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["TooLarge"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["UnknownVersion"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackUnknownVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["WithdrawalLapsed"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackWithdrawalLapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["WrongOperator"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackWrongOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// UsageSettlementBadBps represents a BadBps error raised by the UsageSettlement contract.
type UsageSettlementBadBps struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBps()
func UsageSettlementBadBpsErrorID() common.Hash {
	return common.HexToHash("0x6e549e592faa6f5fd229fc471f00142c3331d21df04a62f96f687b74b04af952")
}

// UnpackBadBpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBps()
func (usageSettlement *UsageSettlement) UnpackBadBpsError(raw []byte) (*UsageSettlementBadBps, error) {
	out := new(UsageSettlementBadBps)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "BadBps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementBadSignature represents a BadSignature error raised by the UsageSettlement contract.
type UsageSettlementBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func UsageSettlementBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (usageSettlement *UsageSettlement) UnpackBadSignatureError(raw []byte) (*UsageSettlementBadSignature, error) {
	out := new(UsageSettlementBadSignature)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementDuplicateMandate represents a DuplicateMandate error raised by the UsageSettlement contract.
type UsageSettlementDuplicateMandate struct {
	Payer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateMandate(address payer)
func UsageSettlementDuplicateMandateErrorID() common.Hash {
	return common.HexToHash("0x74d6d1b2f820a432d1b322f806be9b184d9c8ac6b11fb3c33e45b08bfc8a92cb")
}

// UnpackDuplicateMandateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateMandate(address payer)
func (usageSettlement *UsageSettlement) UnpackDuplicateMandateError(raw []byte) (*UsageSettlementDuplicateMandate, error) {
	out := new(UsageSettlementDuplicateMandate)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "DuplicateMandate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the UsageSettlement contract.
type UsageSettlementECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func UsageSettlementECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (usageSettlement *UsageSettlement) UnpackECDSAInvalidSignatureError(raw []byte) (*UsageSettlementECDSAInvalidSignature, error) {
	out := new(UsageSettlementECDSAInvalidSignature)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the UsageSettlement contract.
type UsageSettlementECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func UsageSettlementECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (usageSettlement *UsageSettlement) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*UsageSettlementECDSAInvalidSignatureLength, error) {
	out := new(UsageSettlementECDSAInvalidSignatureLength)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the UsageSettlement contract.
type UsageSettlementECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func UsageSettlementECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (usageSettlement *UsageSettlement) UnpackECDSAInvalidSignatureSError(raw []byte) (*UsageSettlementECDSAInvalidSignatureS, error) {
	out := new(UsageSettlementECDSAInvalidSignatureS)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementInsufficientEscrow represents a InsufficientEscrow error raised by the UsageSettlement contract.
type UsageSettlementInsufficientEscrow struct {
	Payer  common.Address
	Escrow *big.Int
	Due    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(address payer, uint256 escrow, uint256 due)
func UsageSettlementInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xb4f456dc6e07786bc06cd44b371c6ce033e203e587d963a6842c3d251f259980")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(address payer, uint256 escrow, uint256 due)
func (usageSettlement *UsageSettlement) UnpackInsufficientEscrowError(raw []byte) (*UsageSettlementInsufficientEscrow, error) {
	out := new(UsageSettlementInsufficientEscrow)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementInvalidShortString represents a InvalidShortString error raised by the UsageSettlement contract.
type UsageSettlementInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func UsageSettlementInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (usageSettlement *UsageSettlement) UnpackInvalidShortStringError(raw []byte) (*UsageSettlementInvalidShortString, error) {
	out := new(UsageSettlementInvalidShortString)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementLicenceRequired represents a LicenceRequired error raised by the UsageSettlement contract.
type UsageSettlementLicenceRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LicenceRequired()
func UsageSettlementLicenceRequiredErrorID() common.Hash {
	return common.HexToHash("0x2b3db9cf8c6df897fcc7f252ecee2b12da5805b09fd309993647e8fbe5058428")
}

// UnpackLicenceRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LicenceRequired()
func (usageSettlement *UsageSettlement) UnpackLicenceRequiredError(raw []byte) (*UsageSettlementLicenceRequired, error) {
	out := new(UsageSettlementLicenceRequired)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "LicenceRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementMandateExpired represents a MandateExpired error raised by the UsageSettlement contract.
type UsageSettlementMandateExpired struct {
	Payer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MandateExpired(address payer)
func UsageSettlementMandateExpiredErrorID() common.Hash {
	return common.HexToHash("0x46e6e94418cc304aebca09375893b1ce4ba5c228cb2d7e19f3722275e85aeedb")
}

// UnpackMandateExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MandateExpired(address payer)
func (usageSettlement *UsageSettlement) UnpackMandateExpiredError(raw []byte) (*UsageSettlementMandateExpired, error) {
	out := new(UsageSettlementMandateExpired)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "MandateExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementMandateReplaced represents a MandateReplaced error raised by the UsageSettlement contract.
type UsageSettlementMandateReplaced struct {
	Payer common.Address
	Nonce uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MandateReplaced(address payer, uint32 nonce)
func UsageSettlementMandateReplacedErrorID() common.Hash {
	return common.HexToHash("0xab77c0361082b7aa9d5086f147f5a40751539b1342a50939e9eadfc43078a767")
}

// UnpackMandateReplacedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MandateReplaced(address payer, uint32 nonce)
func (usageSettlement *UsageSettlement) UnpackMandateReplacedError(raw []byte) (*UsageSettlementMandateReplaced, error) {
	out := new(UsageSettlementMandateReplaced)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "MandateReplaced", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNoMandate represents a NoMandate error raised by the UsageSettlement contract.
type UsageSettlementNoMandate struct {
	Payer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoMandate(address payer)
func UsageSettlementNoMandateErrorID() common.Hash {
	return common.HexToHash("0x11397c4a438317b8cfdac5368f4994e8b14b20b7efdcaf501a0ed8538168d7dd")
}

// UnpackNoMandateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoMandate(address payer)
func (usageSettlement *UsageSettlement) UnpackNoMandateError(raw []byte) (*UsageSettlementNoMandate, error) {
	out := new(UsageSettlementNoMandate)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NoMandate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNotAdmin represents a NotAdmin error raised by the UsageSettlement contract.
type UsageSettlementNotAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin()
func UsageSettlementNotAdminErrorID() common.Hash {
	return common.HexToHash("0x7bfa4b9fb0cd3687c1f539f384b3f3f258f2c9aa9186353d0815413b508ed97d")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin()
func (usageSettlement *UsageSettlement) UnpackNotAdminError(raw []byte) (*UsageSettlementNotAdmin, error) {
	out := new(UsageSettlementNotAdmin)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNotOperator represents a NotOperator error raised by the UsageSettlement contract.
type UsageSettlementNotOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator(address operator)
func UsageSettlementNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x76c6c93a6423c7e2cef5f93921b1d4d1a5ffb795cd7cfed2df95566b7c7f7c40")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator(address operator)
func (usageSettlement *UsageSettlement) UnpackNotOperatorError(raw []byte) (*UsageSettlementNotOperator, error) {
	out := new(UsageSettlementNotOperator)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNothingToClaim represents a NothingToClaim error raised by the UsageSettlement contract.
type UsageSettlementNothingToClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim()
func UsageSettlementNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x969bf7288f744225521096ebffff657851af77dd4c63700d76b8d1cf6481d1f1")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim()
func (usageSettlement *UsageSettlement) UnpackNothingToClaimError(raw []byte) (*UsageSettlementNothingToClaim, error) {
	out := new(UsageSettlementNothingToClaim)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNothingToWithdraw represents a NothingToWithdraw error raised by the UsageSettlement contract.
type UsageSettlementNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func UsageSettlementNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (usageSettlement *UsageSettlement) UnpackNothingToWithdrawError(raw []byte) (*UsageSettlementNothingToWithdraw, error) {
	out := new(UsageSettlementNothingToWithdraw)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementOverCap represents a OverCap error raised by the UsageSettlement contract.
type UsageSettlementOverCap struct {
	Payer common.Address
	Cap   *big.Int
	Spent *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverCap(address payer, uint256 cap, uint256 spent)
func UsageSettlementOverCapErrorID() common.Hash {
	return common.HexToHash("0x8e464aa8d9695eb1eb9ff31c50fb69714c1419b72e5662e32659221914945071")
}

// UnpackOverCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverCap(address payer, uint256 cap, uint256 spent)
func (usageSettlement *UsageSettlement) UnpackOverCapError(raw []byte) (*UsageSettlementOverCap, error) {
	out := new(UsageSettlementOverCap)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "OverCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementOverPrice represents a OverPrice error raised by the UsageSettlement contract.
type UsageSettlementOverPrice struct {
	Payer   common.Address
	Version *big.Int
	Price   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverPrice(address payer, uint256 version, uint256 price)
func UsageSettlementOverPriceErrorID() common.Hash {
	return common.HexToHash("0xd9c3017dd0faeb81293e60b0d51485156bb010b42eb98f03064c9d5cb0585e30")
}

// UnpackOverPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverPrice(address payer, uint256 version, uint256 price)
func (usageSettlement *UsageSettlement) UnpackOverPriceError(raw []byte) (*UsageSettlementOverPrice, error) {
	out := new(UsageSettlementOverPrice)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "OverPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the UsageSettlement contract.
type UsageSettlementSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func UsageSettlementSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (usageSettlement *UsageSettlement) UnpackSafeERC20FailedOperationError(raw []byte) (*UsageSettlementSafeERC20FailedOperation, error) {
	out := new(UsageSettlementSafeERC20FailedOperation)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementStringTooLong represents a StringTooLong error raised by the UsageSettlement contract.
type UsageSettlementStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func UsageSettlementStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (usageSettlement *UsageSettlement) UnpackStringTooLongError(raw []byte) (*UsageSettlementStringTooLong, error) {
	out := new(UsageSettlementStringTooLong)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementTooEarly represents a TooEarly error raised by the UsageSettlement contract.
type UsageSettlementTooEarly struct {
	ReadyAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 readyAt)
func UsageSettlementTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd606d83fc5c7e56637c0959f5077c3a15f782b710d7eab50461ed55fd6deb6ae")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 readyAt)
func (usageSettlement *UsageSettlement) UnpackTooEarlyError(raw []byte) (*UsageSettlementTooEarly, error) {
	out := new(UsageSettlementTooEarly)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementTooLarge represents a TooLarge error raised by the UsageSettlement contract.
type UsageSettlementTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLarge()
func UsageSettlementTooLargeErrorID() common.Hash {
	return common.HexToHash("0x218e0a074457490cf5a2687dcc5ec84b00fd0beac184d27cd24a0c387c348d73")
}

// UnpackTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLarge()
func (usageSettlement *UsageSettlement) UnpackTooLargeError(raw []byte) (*UsageSettlementTooLarge, error) {
	out := new(UsageSettlementTooLarge)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "TooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementUnknownVersion represents a UnknownVersion error raised by the UsageSettlement contract.
type UsageSettlementUnknownVersion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownVersion()
func UsageSettlementUnknownVersionErrorID() common.Hash {
	return common.HexToHash("0x8da6a6a4605afe7c3a62b1e5681154732385d1b1888125704b1a44b2239a9735")
}

// UnpackUnknownVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownVersion()
func (usageSettlement *UsageSettlement) UnpackUnknownVersionError(raw []byte) (*UsageSettlementUnknownVersion, error) {
	out := new(UsageSettlementUnknownVersion)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "UnknownVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementWithdrawalLapsed represents a WithdrawalLapsed error raised by the UsageSettlement contract.
type UsageSettlementWithdrawalLapsed struct {
	ReadyAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalLapsed(uint64 readyAt)
func UsageSettlementWithdrawalLapsedErrorID() common.Hash {
	return common.HexToHash("0x9bc4f3b44fbfe240295daebe7ff0b68a2f461d7a39c55e10c0e988a42587a514")
}

// UnpackWithdrawalLapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalLapsed(uint64 readyAt)
func (usageSettlement *UsageSettlement) UnpackWithdrawalLapsedError(raw []byte) (*UsageSettlementWithdrawalLapsed, error) {
	out := new(UsageSettlementWithdrawalLapsed)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "WithdrawalLapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementWrongOperator represents a WrongOperator error raised by the UsageSettlement contract.
type UsageSettlementWrongOperator struct {
	Payer    common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOperator(address payer, address operator)
func UsageSettlementWrongOperatorErrorID() common.Hash {
	return common.HexToHash("0xce896e146900e24238401ab9ba7a77e199e3b1b7c72fcb4273f49ae0bea9e1bf")
}

// UnpackWrongOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOperator(address payer, address operator)
func (usageSettlement *UsageSettlement) UnpackWrongOperatorError(raw []byte) (*UsageSettlementWrongOperator, error) {
	out := new(UsageSettlementWrongOperator)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "WrongOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementZeroAddress represents a ZeroAddress error raised by the UsageSettlement contract.
type UsageSettlementZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func UsageSettlementZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (usageSettlement *UsageSettlement) UnpackZeroAddressError(raw []byte) (*UsageSettlementZeroAddress, error) {
	out := new(UsageSettlementZeroAddress)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
